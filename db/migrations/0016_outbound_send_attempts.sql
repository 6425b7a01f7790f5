ALTER TYPE "public"."outbound_state" ADD VALUE 'sending' BEFORE 'sent';--> statement-breakpoint
DROP INDEX "outbound_emails_state_idx";--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "outbound_emails_state_idx" ON "outbound_emails" USING btree ("state","next_attempt_at");--> statement-breakpoint
-- Wakes the job runner's "send-reply" job when a reply is queued (by a decision, a released draft or the
-- pipeline's auto-send), in the transaction that queues it: the NOTIFY is delivered on commit only.
-- Channel and payload follow lib/jobs/wake-job.ts. A reply put back in the queue after a failed attempt
-- (next_attempt_at set) is not announced: the sender schedules its own retry, and the minute sweep backs it up.
CREATE FUNCTION outbound_email_queued_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('job_send_reply', json_build_object('outboundId', NEW.id)::text);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER outbound_email_queued_insert AFTER INSERT ON outbound_emails
  FOR EACH ROW WHEN (NEW.state = 'queued' AND NEW.next_attempt_at IS NULL)
  EXECUTE FUNCTION outbound_email_queued_notify();--> statement-breakpoint
CREATE TRIGGER outbound_email_queued_update AFTER UPDATE OF state ON outbound_emails
  FOR EACH ROW WHEN (NEW.state = 'queued' AND OLD.state <> 'queued' AND NEW.next_attempt_at IS NULL)
  EXECUTE FUNCTION outbound_email_queued_notify();
