CREATE TABLE "replay_preview_changes" (
	"preview_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"field" text NOT NULL,
	"before" text,
	"after" text,
	"currency" char(3),
	CONSTRAINT "replay_preview_changes_preview_id_ref_field_pk" PRIMARY KEY("preview_id","ref","field"),
	CONSTRAINT "replay_preview_changes_field" CHECK ("replay_preview_changes"."field" IN ('outcome', 'amount', 'destination', 'clauses', 'review_by', 'payout_by', 'evaluation'))
);
--> statement-breakpoint
CREATE TABLE "replay_previews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requested_by" uuid NOT NULL,
	"mode" text NOT NULL,
	"scope" jsonb NOT NULL,
	"calendar_before" jsonb NOT NULL,
	"calendar_after" jsonb,
	"engine_version" text NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer,
	"processed" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"cursor" uuid,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "replay_previews_status" CHECK ("replay_previews"."status" IN ('queued', 'running', 'done', 'failed', 'discarded')),
	CONSTRAINT "replay_previews_mode" CHECK ("replay_previews"."mode" IN ('calendar', 'engine')),
	CONSTRAINT "replay_previews_calendar_mode" CHECK (("replay_previews"."mode" = 'calendar') = ("replay_previews"."calendar_after" IS NOT NULL)),
	CONSTRAINT "replay_previews_progress" CHECK ("replay_previews"."processed" >= 0 AND "replay_previews"."changed" >= 0 AND "replay_previews"."changed" <= "replay_previews"."processed")
);
--> statement-breakpoint
ALTER TABLE "quality_samples" ALTER COLUMN "requested_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_samples" ADD COLUMN "bulk_id" uuid;--> statement-breakpoint
ALTER TABLE "replay_preview_changes" ADD CONSTRAINT "replay_preview_changes_preview_id_replay_previews_id_fk" FOREIGN KEY ("preview_id") REFERENCES "public"."replay_previews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replay_preview_changes" ADD CONSTRAINT "replay_preview_changes_request_id_refund_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."refund_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replay_previews" ADD CONSTRAINT "replay_previews_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "replay_preview_changes_request_idx" ON "replay_preview_changes" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "replay_previews_requested_by_idx" ON "replay_previews" USING btree ("requested_by");--> statement-breakpoint
CREATE INDEX "replay_previews_created_idx" ON "replay_previews" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "quality_samples" ADD CONSTRAINT "quality_samples_bulk_id_bulk_decisions_id_fk" FOREIGN KEY ("bulk_id") REFERENCES "public"."bulk_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quality_samples" ADD CONSTRAINT "quality_samples_bulk_id_unique" UNIQUE("bulk_id");--> statement-breakpoint
ALTER TABLE "quality_samples" ADD CONSTRAINT "quality_samples_origin" CHECK (("quality_samples"."requested_by" IS NULL) <> ("quality_samples"."bulk_id" IS NULL));--> statement-breakpoint
-- Bulk decisions taken before samples were made for them: each one's sampled decisions become a sample, as they are now.
INSERT INTO "quality_samples" ("bulk_id", "criteria", "population", "created_at")
SELECT b.id,
  jsonb_build_object(
    'reviewerId', b.decided_by, 'clause', b.clauses[1],
    'from', to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
    'to', to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
    'percent', b.sample_percent),
  b.count, b.created_at
FROM "bulk_decisions" b
WHERE EXISTS (SELECT 1 FROM "bulk_decision_items" i WHERE i.bulk_id = b.id AND i.sampled_for_review);
--> statement-breakpoint
INSERT INTO "quality_reviews" ("sample_id", "decision_id", "decided_by")
SELECT s.id, i.decision_id, d.decided_by
FROM "quality_samples" s
JOIN "bulk_decision_items" i ON i.bulk_id = s.bulk_id AND i.sampled_for_review
JOIN "decisions" d ON d.id = i.decision_id;
