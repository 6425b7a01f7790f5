import type { Tx } from "@/db/client";
import { settings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/audit-actions";

export type WriteSettingOptions = {
  key: string;
  /** The value before the change, for the audit entry. */
  before: unknown;
  after: unknown;
  actorId: string;
  /** Audit action, e.g. "settings.calendar_updated". */
  action: AuditAction;
  /** What else the change did, recorded in the same audit entry (e.g. deadlines recomputed). */
  consequences?: Record<string, unknown>;
};

/** Saves one setting and audits it with before/after, inside the caller's transaction (which holds the row lock). */
export async function writeSetting(tx: Tx, opts: WriteSettingOptions): Promise<void> {
  const updatedAt = new Date();
  await tx
    .insert(settings)
    .values({ key: opts.key, value: opts.after, updatedBy: opts.actorId, updatedAt })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: opts.after, updatedBy: opts.actorId, updatedAt },
    });
  await recordAudit(tx, {
    actorId: opts.actorId,
    action: opts.action,
    entityType: "setting",
    entityId: opts.key,
    data: { before: opts.before, after: opts.after, ...opts.consequences },
  });
}
