CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS refund_request_ref_seq START 1;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_from_trgm_idx ON refund_requests USING gin (lower(from_address) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_ref_trgm_idx ON refund_requests USING gin (ref gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_phones_idx ON refund_requests USING gin (phone_numbers);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_clauses_idx ON refund_requests USING gin (rec_clauses);
--> statement-breakpoint
-- The audit log is append-only: rows can be added, never changed or removed, except by the table owner's TRUNCATE in tests.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('refund_desk.allow_audit_edit', true) = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION decisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'decisions are append-only: record a new decision that supersedes this one';
END $$;
--> statement-breakpoint
CREATE TRIGGER decisions_no_update BEFORE UPDATE OR DELETE ON decisions FOR EACH ROW EXECUTE FUNCTION decisions_append_only();
