-- Keyset paging: one index per (tab, sort) order, in the exact ORDER BY direction.
CREATE INDEX IF NOT EXISTS refund_requests_due_all_idx ON refund_requests (review_by ASC NULLS LAST, id ASC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_status_received_desc_idx ON refund_requests (status, received_at DESC, id DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_received_desc_idx ON refund_requests (received_at DESC, id DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_status_amount_idx ON refund_requests (status, amount_requested_minor DESC NULLS LAST, id DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_amount_idx ON refund_requests (amount_requested_minor DESC NULLS LAST, id DESC);
--> statement-breakpoint
-- "Next request": the most urgent unassigned request in review.
CREATE INDEX IF NOT EXISTS refund_requests_next_idx ON refund_requests (review_by ASC NULLS LAST, received_at, id) WHERE status = 'to_review' AND assignee_id IS NULL;
--> statement-breakpoint
-- Exact tab counts without scanning 200 000 rows on every queue page: kept by a trigger.
CREATE TABLE IF NOT EXISTS request_status_counts (status request_status PRIMARY KEY, n bigint NOT NULL CHECK (n >= 0));
--> statement-breakpoint
INSERT INTO request_status_counts (status, n)
  SELECT s, (SELECT count(*) FROM refund_requests r WHERE r.status = s) FROM unnest(enum_range(NULL::request_status)) AS s
  ON CONFLICT (status) DO UPDATE SET n = EXCLUDED.n;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION request_status_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER request_status_counts_row AFTER INSERT OR DELETE OR UPDATE OF status ON refund_requests
  FOR EACH ROW EXECUTE FUNCTION request_status_counts_track();
--> statement-breakpoint
-- TRUNCATE bypasses row triggers (tests reset tables with it): start the counts again from zero.
CREATE OR REPLACE FUNCTION request_status_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE request_status_counts SET n = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER request_status_counts_truncate AFTER TRUNCATE ON refund_requests FOR EACH STATEMENT EXECUTE FUNCTION request_status_counts_reset();
