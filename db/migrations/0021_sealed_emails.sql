ALTER TABLE "email_attachments" ALTER COLUMN "content" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_emails" ALTER COLUMN "raw" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_attachments" ADD COLUMN "content_sealed" "bytea";--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD COLUMN "raw_sealed" "bytea";--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD COLUMN "body_text_sealed" "bytea";--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD COLUMN "body_html_sealed" "bytea";--> statement-breakpoint
CREATE INDEX "email_attachments_unsealed_idx" ON "email_attachments" USING btree ("id") WHERE "email_attachments"."content" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "inbound_emails_unsealed_idx" ON "inbound_emails" USING btree ("id") WHERE "inbound_emails"."raw" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "email_attachments" ADD CONSTRAINT "email_attachments_content_once" CHECK (("email_attachments"."content" IS NULL) <> ("email_attachments"."content_sealed" IS NULL));--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_raw_once" CHECK (("inbound_emails"."raw" IS NULL) <> ("inbound_emails"."raw_sealed" IS NULL));
--> statement-breakpoint
-- Rows stored before this migration keep their message and bodies in the clear until the seal step
-- (run by npm start after the migrations, and by keys:rotate) seals them: a migration has no key.
COMMENT ON COLUMN "inbound_emails"."raw" IS 'The message in the clear from before sealing; null once the seal step ran (raw_sealed holds it)';
--> statement-breakpoint
COMMENT ON COLUMN "email_attachments"."content" IS 'The bytes in the clear from before sealing; null once the seal step ran (content_sealed holds them)';
