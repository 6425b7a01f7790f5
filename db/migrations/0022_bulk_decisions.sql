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