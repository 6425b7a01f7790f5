/** Every action the audit log records (audit_log.action); a new kind of entry is added here first. */
export const AUDIT_ACTIONS = [
  "audit.verified",
  "decision.recorded",
  "email.dismissed",
  "email.quarantined",
  "email.retried",
  "reply.released",
  "request.claimed",
  "request.completed_by_reply",
  "request.created",
  "request.field_corrected",
  "request.relinked",
  "request.reply_received",
  "settings.auto_send_updated",
  "settings.calendar_updated",
  "user.access_changed",
  "user.invite_accepted",
  "user.invited",
  "user.locked",
  "user.unlocked",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
