ALTER TABLE "order_status_events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
-- Review of 0015: an order whose status changed before its paid period began was never active, so it
-- gets no "active" event; a change of status without a new status_at is stamped now, not with the
-- previous change's time. Events at the same instant are read in insertion order (seq), "active" first.
CREATE OR REPLACE FUNCTION order_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status = 'active' OR (NEW.status <> 'not_provided' AND (NEW.status_at IS NULL OR NEW.status_at >= NEW.period_start)) THEN
      INSERT INTO order_status_events (order_id, status, at) VALUES (NEW.id, 'active', LEAST(NEW.period_start, COALESCE(NEW.status_at, NEW.period_start)));
    END IF;
    IF NEW.status <> 'active' THEN
      INSERT INTO order_status_events (order_id, status, at, not_provided_cause)
      VALUES (NEW.id, NEW.status, COALESCE(NEW.status_at, NEW.period_start), NEW.not_provided_cause);
    END IF;
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO order_status_events (order_id, status, at, not_provided_cause)
    VALUES (NEW.id, NEW.status, CASE WHEN NEW.status_at IS DISTINCT FROM OLD.status_at AND NEW.status_at IS NOT NULL THEN NEW.status_at ELSE now() END, NEW.not_provided_cause);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- The backfill of 0015 gave such orders an "active" event at their status_at: remove it.
DELETE FROM order_status_events e USING orders o
WHERE e.order_id = o.id AND e.status = 'active' AND o.status NOT IN ('active', 'not_provided') AND o.status_at < o.period_start;
