CREATE TABLE "order_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"status" "order_status" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"not_provided_cause" "not_provided_cause",
	"seq" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_status_events" ADD CONSTRAINT "order_status_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "order_status_events_order_idx" ON "order_status_events" USING btree ("order_id","at");--> statement-breakpoint
-- The history is written by the database from the orders row, so every writer (seed, import, a future
-- billing sync) leaves it. An order starts "active" at the start of its paid period, unless it never was
-- (not provided, or changed before its period began); its status at insert follows at status_at. Each
-- later change of status adds the new status at the new status_at, or now when none was given. Events at
-- the same instant are read in insertion order (seq), "active" first.
CREATE OR REPLACE FUNCTION order_status_history_start(o orders) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF o.status = 'active' OR (o.status <> 'not_provided' AND (o.status_at IS NULL OR o.status_at >= o.period_start)) THEN
    INSERT INTO order_status_events (order_id, status, at) VALUES (o.id, 'active', LEAST(o.period_start, COALESCE(o.status_at, o.period_start)));
  END IF;
  IF o.status <> 'active' THEN
    INSERT INTO order_status_events (order_id, status, at, not_provided_cause) VALUES (o.id, o.status, COALESCE(o.status_at, o.period_start), o.not_provided_cause);
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION order_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM order_status_history_start(NEW);
  ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO order_status_events (order_id, status, at, not_provided_cause)
    VALUES (NEW.id, NEW.status, CASE WHEN NEW.status_at IS DISTINCT FROM OLD.status_at AND NEW.status_at IS NOT NULL THEN NEW.status_at ELSE now() END, NEW.not_provided_cause);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_status_history AFTER INSERT OR UPDATE OF status ON orders FOR EACH ROW EXECUTE FUNCTION order_status_history();
--> statement-breakpoint
-- Orders that already exist get the history they would have had if inserted now.
SELECT order_status_history_start(o) FROM orders o ORDER BY o.created_at, o.id;
