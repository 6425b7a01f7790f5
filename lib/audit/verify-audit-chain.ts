import { asc, count, eq, gt, sql } from "drizzle-orm";
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
  /** The last entry verified and its hash (null id: the log was empty): where the next check can start. */
  throughId: number | null;
  throughHash: string;
  /**
   * An earlier full verification whose checkpoint entry no longer carries the hash recorded then: the log
   * was re-chained (entries rewritten with recomputed hashes) after it. Null when every checkpoint holds.
   */
  checkpointMismatch: { verificationId: number; throughId: number } | null;
};

/** Where a walk starts: a previous verification's last entry, which must still carry the hash it had then. */
export type ChainCheckpoint = { throughId: number | null; throughHash: string };

const GENESIS: ChainCheckpoint = { throughId: null, throughHash: GENESIS_HASH };

/**
 * Recomputes every hash from `from` (default: the start of the log) to the
 * end; an edited or deleted entry shows as a break, and a removed tail as a
 * head that no longer matches the last entry. Starting from a checkpoint, the
 * checkpoint's own entry must still carry the hash recorded for it, so the
 * entries before it cannot have been re-chained unseen. Entries and head are
 * read from one snapshot (a read-only repeatable-read transaction), so entries
 * written meanwhile are not mistaken for a mismatch.
 */
export async function verifyAuditChain(
  db: Db,
  opts: { from?: ChainCheckpoint; batch?: number } = {},
): Promise<AuditChainReport> {
  return db.transaction(
    async (tx) => {
      const report = await walkChain(tx, opts.from ?? GENESIS, opts.batch ?? 5000);
      const mismatch = await firstCheckpointMismatch(tx);
      return mismatch ? { ...report, ok: false, checkpointMismatch: mismatch } : report;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * A chain can be made consistent again by recomputing every hash after an
 * edit. Each successful full verification recorded the hash of its last
 * entry; if that entry now carries another hash (or is gone), the log was
 * rewritten since, however consistent it looks. One indexed lookup per run.
 */
export async function firstCheckpointMismatch(
  tx: Tx | Db,
): Promise<AuditChainReport["checkpointMismatch"]> {
  const [row] = await tx.execute<{ id: string; through_id: string }>(sql`
    SELECT v.id, v.through_id FROM audit_verifications v LEFT JOIN audit_log a ON a.id = v.through_id
    WHERE v.status = 'done' AND v.ok AND v.through_id IS NOT NULL AND a.hash IS DISTINCT FROM v.through_hash
    ORDER BY v.through_id LIMIT 1`);
  return row ? { verificationId: Number(row.id), throughId: Number(row.through_id) } : null;
}

/** How many entries were written after a checkpoint (to decide whether a page can afford to check them). */
export async function entriesAfter(db: Db, throughId: number | null): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(gt(auditLog.id, throughId ?? 0));
  return row?.n ?? 0;
}

async function walkChain(db: Tx, from: ChainCheckpoint, batch: number): Promise<AuditChainReport> {
  let prev = from.throughHash;
  let lastVersion = 1;
  let lastId = from.throughId ?? 0;
  let checked = 0;
  const broken = (id: number) => ({
    checked,
    ok: false,
    firstBrokenId: id,
    headMismatch: false,
    throughId: lastId || null,
    throughHash: prev,
    checkpointMismatch: null,
  });
  if (from.throughId !== null) {
    const [anchor] = await db
      .select({ hash: auditLog.hash, hashVersion: auditLog.hashVersion })
      .from(auditLog)
      .where(eq(auditLog.id, from.throughId));
    if (!anchor || anchor.hash !== from.throughHash)
      return { ...broken(from.throughId), throughId: null, throughHash: GENESIS_HASH };
    lastVersion = anchor.hashVersion;
  }
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(batch);
    if (rows.length === 0) break;
    for (const r of rows) {
      const content = {
        actorId: r.actorId,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        at: r.at,
        data: r.data,
      };
      const expected =
        r.hashVersion === 1
          ? auditHashV1(prev, content)
          : r.hashVersion === 2
            ? auditHashV2(prev, content)
            : null;
      // Versions only go forward: a version-1 entry after a version-2 one was not written by the app.
      if (r.prevHash !== prev || r.hash !== expected || r.hashVersion < lastVersion)
        return broken(r.id);
      lastVersion = r.hashVersion;
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
  }
  const head = await readChainHead(db);
  // The migration creates the head; a missing head is fine only for a log that was never written to.
  const headMismatch = head ? head.hash !== prev : lastId > 0;
  return {
    checked,
    ok: !headMismatch,
    firstBrokenId: null,
    headMismatch,
    throughId: lastId || null,
    throughHash: prev,
    checkpointMismatch: null,
  };
}
