ALTER TYPE "public"."outbound_state" ADD VALUE 'discarded';--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD COLUMN "process_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "purpose" text;