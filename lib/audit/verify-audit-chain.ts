import { asc, gt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { auditHashV1, auditHashV2, GENESIS_HASH, readChainHead } from "./record-audit";

export type AuditChainReport = {
  checked: number;
  ok: boolean;
  /** The first entry whose hash does not follow (null: none, or only the tail is missing). */
  firstBrokenId: number | null;
  /** The chain head no longer matches the last entry: entries were removed from the end (or the head was edited). */
  headMismatch: boolean;
};

/**
 * Walks the whole audit log and recomputes every hash; an edited or deleted
 * entry shows as a break, and a removed tail as a head that no longer
 * matches the last entry. Entries and head are read from one snapshot
 * (a read-only repeatable-read transaction), so entries written meanwhile
 * are not mistaken for a mismatch.
 */
export async function verifyAuditChain(db: Db, batch = 5000): Promise<AuditChainReport> {
  return db.transaction((tx) => walkChain(tx, batch), { isolationLevel: "repeatable read", accessMode: "read only" });
}

async function walkChain(db: Tx, batch: number): Promise<AuditChainReport> {
  let prev = GENESIS_HASH;
  let lastVersion = 1;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(batch);
    if (rows.length === 0) break;
    for (const r of rows) {
      const content = { actorId: r.actorId, action: r.action, entityType: r.entityType, entityId: r.entityId, at: r.at, data: r.data };
      const expected = r.hashVersion === 1 ? auditHashV1(prev, content) : r.hashVersion === 2 ? auditHashV2(prev, content) : null;
      // Versions only go forward: a version-1 entry after a version-2 one was not written by the app.
      if (r.prevHash !== prev || r.hash !== expected || r.hashVersion < lastVersion) return { checked, ok: false, firstBrokenId: r.id, headMismatch: false };
      lastVersion = r.hashVersion;
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
  }
  const head = await readChainHead(db);
  // The migration creates the head; a missing head is fine only for a log that was never written to.
  const headMismatch = head ? head.hash !== prev : checked > 0;
  return { checked, ok: !headMismatch, firstBrokenId: null, headMismatch };
}
