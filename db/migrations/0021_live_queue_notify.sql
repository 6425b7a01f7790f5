-- The live queue: every new request and every change of status, assignee or version is announced
-- to the web servers' LISTEN connection (lib/live/live-hub.ts), which streams it to the browsers.
-- NOTIFY is delivered at commit, so nobody hears of a change that rolled back.
CREATE OR REPLACE FUNCTION refund_requests_notify_live() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('queue_events', json_build_object(
    'id', NEW.id, 'ref', NEW.ref, 'op', lower(TG_OP), 'status', NEW.status,
    'statusBefore', CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END,
    'assigneeId', NEW.assignee_id,
    'assigneeName', (SELECT name FROM users WHERE id = NEW.assignee_id),
    'version', NEW.version)::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER refund_requests_notify_live AFTER INSERT OR UPDATE OF status, assignee_id, version ON refund_requests
  FOR EACH ROW EXECUTE FUNCTION refund_requests_notify_live();
