import { asc, gt } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { auditHash, GENESIS_HASH } from "./record-audit";

export type AuditChainReport = { checked: number; ok: boolean; firstBrokenId: number | null };

/** Walks the whole audit log and recomputes every hash; an edit or deletion shows as a break. */
export async function verifyAuditChain(db: Tx, batch = 5000): Promise<AuditChainReport> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(batch);
    if (rows.length === 0) return { checked, ok: true, firstBrokenId: null };
    for (const r of rows) {
      const expected = auditHash(prev, {
        actorId: r.actorId,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        at: r.at,
        data: r.data,
      });
      if (r.prevHash !== prev || r.hash !== expected) return { checked, ok: false, firstBrokenId: r.id };
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
  }
}
