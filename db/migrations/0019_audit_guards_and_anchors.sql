ALTER TABLE "audit_verifications" ADD COLUMN "anchor_mismatch" text;--> statement-breakpoint
-- The audit guards had a switch (refund_desk.allow_audit_edit) that any session could set: gone. The audit
-- log is append-only for everyone, the owner included; tests that play an attacker switch the triggers off
-- as a superuser would (session_replication_role), which the app's own role cannot.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on audit_log refused: the audit log is append-only', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
--> statement-breakpoint
-- A row trigger does not see TRUNCATE: a statement trigger refuses it.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nested: a TRUNCATE (statement) trigger has no row to look at.
  IF TG_OP = 'UPDATE' THEN
    IF NEW.id = OLD.id AND NEW.prev_hash = OLD.hash AND NEW.hash <> OLD.hash THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_chain_head only moves forward';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_forward_only();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_verifications_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
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
CREATE TRIGGER audit_verifications_no_truncate BEFORE TRUNCATE ON audit_verifications FOR EACH STATEMENT EXECUTE FUNCTION audit_verifications_guard();
--> statement-breakpoint
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions FOR EACH STATEMENT EXECUTE FUNCTION decisions_append_only();
