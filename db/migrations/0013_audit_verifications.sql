CREATE TABLE "audit_verifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" uuid,
	"status" text NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"ok" boolean,
	"checked" integer,
	"through_id" bigint,
	"through_hash" text,
	"first_broken_id" bigint,
	"head_mismatch" boolean,
	"rechained_since" bigint,
	"error" text,
	CONSTRAINT "audit_verifications_status" CHECK ("audit_verifications"."status" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "audit_verifications" ADD CONSTRAINT "audit_verifications_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_verifications_one_active" ON "audit_verifications" USING btree ((true)) WHERE "audit_verifications"."status" IN ('queued', 'running');--> statement-breakpoint
CREATE INDEX "audit_verifications_finished_idx" ON "audit_verifications" USING btree ("finished_at");--> statement-breakpoint
-- Verification records are evidence too. A run starts queued or running and moves forward one step at a
-- time (queued → running or failed, running → done or failed), then is final; an unfinished run carries no
-- result. Nobody (without the same switch as for editing audit_log) can insert a finished "ok" run, turn a
-- queued row into one, move a checkpoint, delete a run, or stamp one finished in the future (which would
-- stop the daily run: its age check would never see it as a day old). The app sets finish times with the
-- database's now().
CREATE OR REPLACE FUNCTION audit_verifications_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('refund_desk.allow_audit_edit', true) = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'audit_verifications rows are kept';
  END IF;
  IF TG_OP = 'INSERT' AND NEW.status NOT IN ('queued', 'running') THEN
    RAISE EXCEPTION 'a verification starts queued or running';
  END IF;
  IF TG_OP = 'UPDATE' AND NOT (
    (OLD.status = 'queued' AND NEW.status IN ('running', 'failed')) OR (OLD.status = 'running' AND NEW.status IN ('done', 'failed'))
  ) THEN
    RAISE EXCEPTION 'a verification goes queued → running → done, or to failed; % → % is not allowed', OLD.status, NEW.status;
  END IF;
  IF NEW.status IN ('queued', 'running') AND (NEW.ok IS NOT NULL OR NEW.through_id IS NOT NULL OR NEW.through_hash IS NOT NULL) THEN
    RAISE EXCEPTION 'an unfinished verification has no result';
  END IF;
  IF NEW.finished_at IS NOT NULL AND NEW.finished_at > clock_timestamp() + interval '1 minute' THEN
    RAISE EXCEPTION 'finished_at is in the future';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_verifications_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_verifications FOR EACH ROW EXECUTE FUNCTION audit_verifications_guard();
