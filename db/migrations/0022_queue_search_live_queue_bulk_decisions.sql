CREATE TABLE "bulk_decision_items" (
	"bulk_id" uuid NOT NULL,
	"decision_id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"sampled_for_review" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bulk_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decided_by" uuid NOT NULL,
	"kind" "decision_kind" NOT NULL,
	"clauses" text[] NOT NULL,
	"count" integer NOT NULL,
	"sample_percent" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bulk_decisions_sample_percent" CHECK ("bulk_decisions"."sample_percent" BETWEEN 0 AND 100)
);
--> statement-breakpoint
ALTER TABLE "bulk_decision_items" ADD CONSTRAINT "bulk_decision_items_bulk_id_bulk_decisions_id_fk" FOREIGN KEY ("bulk_id") REFERENCES "public"."bulk_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_decision_items" ADD CONSTRAINT "bulk_decision_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_decision_items" ADD CONSTRAINT "bulk_decision_items_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulk_decisions" ADD CONSTRAINT "bulk_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_decision_items_bulk_idx" ON "bulk_decision_items" USING btree ("bulk_id");--> statement-breakpoint
CREATE INDEX "bulk_decision_items_request_idx" ON "bulk_decision_items" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "bulk_decision_items_sampled_idx" ON "bulk_decision_items" USING btree ("decision_id") WHERE "bulk_decision_items"."sampled_for_review";--> statement-breakpoint
CREATE INDEX "bulk_decisions_decided_by_idx" ON "bulk_decisions" USING btree ("decided_by");
--> statement-breakpoint
-- Search by a bare request number ("000010", "10"): the number part of the reference.
CREATE INDEX IF NOT EXISTS refund_requests_ref_number_idx ON refund_requests (((substring(ref from '[0-9]+$'))::bigint));
--> statement-breakpoint
-- Search by any part of a customer's name, any case.
CREATE INDEX IF NOT EXISTS customers_name_trgm_idx ON customers USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
-- Search by an order's reference names the order's requests.
CREATE INDEX IF NOT EXISTS refund_requests_order_refs_idx ON refund_requests USING gin (order_refs);
--> statement-breakpoint
-- Amounts sort within their currency: keyset paging on (currency, amount, id), per tab and over all tabs.
CREATE INDEX IF NOT EXISTS refund_requests_status_currency_amount_idx ON refund_requests (status, (coalesce(currency, '')), (coalesce(amount_requested_minor, -1)) DESC, id DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS refund_requests_currency_amount_idx ON refund_requests ((coalesce(currency, '')), (coalesce(amount_requested_minor, -1)) DESC, id DESC);
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_status_amount_key_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS refund_requests_amount_key_idx;
--> statement-breakpoint
-- "Awaiting customer, reply not sent": the few replies still drafts, by request.
CREATE INDEX IF NOT EXISTS outbound_emails_draft_request_idx ON outbound_emails (request_id) WHERE state = 'draft';

--> statement-breakpoint
-- The live queue: every new request and every change of status, assignee or version is announced
-- to the web servers' LISTEN connection (lib/live/live-hub.ts), which streams it to the browsers.
-- NOTIFY is delivered at commit, so nobody hears of a change that rolled back.
CREATE OR REPLACE FUNCTION refund_requests_notify_live() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('queue_events', json_build_object(
    'id', NEW.id, 'ref', NEW.ref, 'op', lower(TG_OP), 'status', NEW.status,
    'statusBefore', CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END,
    'assigneeId', NEW.assignee_id,
    'assigneeName', (SELECT name FROM users WHERE id = NEW.assignee_id),
    'version', NEW.version)::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER refund_requests_notify_live AFTER INSERT OR UPDATE OF status, assignee_id, version ON refund_requests
  FOR EACH ROW EXECUTE FUNCTION refund_requests_notify_live();
