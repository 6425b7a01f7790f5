CREATE TABLE "order_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"status" "order_status" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"not_provided_cause" "not_provided_cause",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_status_events" ADD CONSTRAINT "order_status_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_status_events_order_idx" ON "order_status_events" USING btree ("order_id","at");--> statement-breakpoint
-- The history is written by the database from the orders row, so every writer (seed, import, a future
-- billing sync) leaves it: an order starts "active" at the start of its paid period (a "not provided"
-- order never was), and each change of status adds the new status at status_at (or now).
CREATE OR REPLACE FUNCTION order_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'not_provided' THEN
      INSERT INTO order_status_events (order_id, status, at) VALUES (NEW.id, 'active', LEAST(NEW.period_start, COALESCE(NEW.status_at, NEW.period_start)));
    END IF;
    IF NEW.status <> 'active' THEN
      INSERT INTO order_status_events (order_id, status, at, not_provided_cause)
      VALUES (NEW.id, NEW.status, COALESCE(NEW.status_at, NEW.period_start), NEW.not_provided_cause);
    END IF;
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO order_status_events (order_id, status, at, not_provided_cause)
    VALUES (NEW.id, NEW.status, COALESCE(NEW.status_at, now()), NEW.not_provided_cause);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_status_history AFTER INSERT OR UPDATE OF status ON orders FOR EACH ROW EXECUTE FUNCTION order_status_history();
--> statement-breakpoint
-- Orders that already exist get the same history as if they had been inserted now.
INSERT INTO order_status_events (order_id, status, at)
SELECT id, 'active', LEAST(period_start, COALESCE(status_at, period_start)) FROM orders WHERE status <> 'not_provided';
--> statement-breakpoint
INSERT INTO order_status_events (order_id, status, at, not_provided_cause)
SELECT id, status, COALESCE(status_at, period_start), not_provided_cause FROM orders WHERE status <> 'active';
