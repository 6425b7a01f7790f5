import { and, desc, eq, gt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditLog, users, type RefundRequest } from "@/db/schema";

export type StaleDetails = {
  currentVersion: number;
  formVersion: number;
  status: string;
  changes: { at: string; action: string; by: string | null }[];
};

/** What happened to a request since a form was rendered, for the "this request changed" message. */
export async function staleDetails(
  tx: Tx,
  req: RefundRequest,
  formVersion: number,
): Promise<StaleDetails> {
  const rows = await tx
    .select({ at: auditLog.at, action: auditLog.action, by: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.entityType, "request"),
        eq(auditLog.entityId, req.id),
        gt(auditLog.at, new Date(Date.now() - 7 * 86_400_000)),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(Math.min(10, Math.max(1, req.version - formVersion)));
  return {
    currentVersion: req.version,
    formVersion,
    status: req.status,
    changes: rows.map((r) => ({ at: r.at.toISOString(), action: r.action, by: r.by })),
  };
}
