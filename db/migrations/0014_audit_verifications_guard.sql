ALTER TABLE "audit_verifications" ADD COLUMN "rechained_since" bigint;--> statement-breakpoint
-- Verification records are evidence too: a run starts queued or running, moves forward once to done or
-- failed, and is then final. Nobody (without the same switch as for editing audit_log) can insert a
-- finished "ok" run, move a checkpoint, delete a run, or stamp one finished in the future (which would
-- stop the daily run: its age check would never see it as a day old).
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
  IF TG_OP = 'UPDATE' AND OLD.status IN ('done', 'failed') THEN
    RAISE EXCEPTION 'a finished verification is final';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'queued' AND OLD.status <> 'queued' THEN
    RAISE EXCEPTION 'a verification does not go back to queued';
  END IF;
  IF NEW.finished_at IS NOT NULL AND NEW.finished_at > clock_timestamp() + interval '1 minute' THEN
    RAISE EXCEPTION 'finished_at is in the future';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_verifications_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_verifications FOR EACH ROW EXECUTE FUNCTION audit_verifications_guard();
