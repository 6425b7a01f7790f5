-- Review of 0014: a run moves only forward, one step at a time: queued → running or failed, running →
-- done or failed. A queued row can no longer be turned straight into a "done, ok" run with any
-- checkpoint. Finish times are set by the database (now()), so an app clock ahead of the database's
-- cannot trip the future-date check.
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
