CREATE TABLE "quality_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"verdict" text,
	"comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "quality_reviews_verdict" CHECK ("quality_reviews"."verdict" IS NULL OR "quality_reviews"."verdict" IN ('agree', 'disagree')),
	CONSTRAINT "quality_reviews_complete" CHECK (("quality_reviews"."verdict" IS NULL) = ("quality_reviews"."reviewed_by" IS NULL) AND ("quality_reviews"."verdict" IS NULL) = ("quality_reviews"."reviewed_at" IS NULL)),
	CONSTRAINT "quality_reviews_second_person" CHECK ("quality_reviews"."reviewed_by" IS NULL OR "quality_reviews"."reviewed_by" <> "quality_reviews"."decided_by"),
	CONSTRAINT "quality_reviews_disagreement_explained" CHECK ("quality_reviews"."verdict" IS DISTINCT FROM 'disagree' OR length(trim(coalesce("quality_reviews"."comment", ''))) >= 3)
);
--> statement-breakpoint
CREATE TABLE "quality_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" uuid NOT NULL,
	"criteria" jsonb NOT NULL,
	"population" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "decisions_decided_by_idx";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "rec_outcome" "policy_outcome";--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "agrees" boolean;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "review_due_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_sample_id_quality_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."quality_samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_reviews" ADD CONSTRAINT "quality_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_samples" ADD CONSTRAINT "quality_samples_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quality_reviews_sample_decision_uq" ON "quality_reviews" USING btree ("sample_id","decision_id");--> statement-breakpoint
CREATE INDEX "quality_reviews_decision_idx" ON "quality_reviews" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "quality_reviews_decided_by_idx" ON "quality_reviews" USING btree ("decided_by","reviewed_at");--> statement-breakpoint
CREATE INDEX "quality_reviews_reviewed_by_idx" ON "quality_reviews" USING btree ("reviewed_by");--> statement-breakpoint
CREATE INDEX "quality_samples_requested_by_idx" ON "quality_samples" USING btree ("requested_by");--> statement-breakpoint
CREATE INDEX "quality_samples_created_idx" ON "quality_samples" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "decisions_created_idx" ON "decisions" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "decisions_kind_created_idx" ON "decisions" USING btree ("kind","created_at","id");--> statement-breakpoint
CREATE INDEX "decisions_override_created_idx" ON "decisions" USING btree ("created_at","id") WHERE "decisions"."override";--> statement-breakpoint
CREATE INDEX "decisions_clauses_idx" ON "decisions" USING gin ("clauses");--> statement-breakpoint
CREATE INDEX "decisions_decided_by_idx" ON "decisions" USING btree ("decided_by","created_at","id");--> statement-breakpoint
-- Decisions recorded before these columns existed: the request's recommendation and review deadline are the best
-- record left of what they were at the time (append-only guard lifted for this backfill only, in this migration).
ALTER TABLE "decisions" DISABLE TRIGGER "decisions_no_update";--> statement-breakpoint
UPDATE "decisions" d SET
  "rec_outcome" = r."rec_outcome",
  "review_due_by" = r."review_by",
  "agrees" = CASE r."rec_outcome"
    WHEN 'approve' THEN d."kind" = 'approve'
    WHEN 'partial' THEN d."kind" = 'partial'
    WHEN 'deny' THEN d."kind" = 'deny'
    WHEN 'already_refunded' THEN d."kind" = 'deny'
    WHEN 'wait' THEN d."kind" = 'deny'
    WHEN 'needs_info' THEN d."kind" = 'request_info'
    ELSE NULL END
FROM "refund_requests" r WHERE r."id" = d."request_id";--> statement-breakpoint
ALTER TABLE "decisions" ENABLE TRIGGER "decisions_no_update";
--> statement-breakpoint
-- The audit log view: by action, by the request an entry names in its data (payouts, postings), by date; paged by id.
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action", "id");--> statement-breakpoint
CREATE INDEX "audit_log_request_idx" ON "audit_log" USING btree (("data"->>'requestId')) WHERE "data" ? 'requestId';--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
--> statement-breakpoint
CREATE INDEX "audit_log_links_request_idx" ON "audit_log" USING btree (("data"->'links'->>'requestId')) WHERE "data" ? 'links';
