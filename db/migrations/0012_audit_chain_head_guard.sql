-- The chain head only moves forward: each update must chain onto the hash it replaces (as the
-- audit append does). Setting it back (to hide entries cut from the end of the log) or deleting it
-- needs the same switch as editing audit_log itself. Stop processes running an older release
-- before applying 0010–0012: they would append entries without moving the head.
CREATE OR REPLACE FUNCTION audit_chain_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('refund_desk.allow_audit_edit', true) = 'on' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.prev_hash = OLD.hash AND NEW.hash <> OLD.hash THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_chain_head only moves forward';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_guard BEFORE UPDATE OR DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward_only();
