ALTER TABLE "quality_samples" ALTER COLUMN "requested_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "quality_samples" ADD COLUMN "bulk_id" uuid;--> statement-breakpoint
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
