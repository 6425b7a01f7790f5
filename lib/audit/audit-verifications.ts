import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditVerifications, type AuditVerification } from "@/db/schema";
import { recordAudit } from "./record-audit";
import { entriesAfter, verifyAuditChain, type AuditChainReport } from "./verify-audit-chain";

/** A full verification older than this is repeated by the job runner on its own. */
export const FULL_VERIFICATION_EVERY_MS = 24 * 3_600_000;
/** A run still "running" after this long belongs to a worker that stopped: it is marked failed. */
export const ABANDONED_AFTER_MS = 3_600_000;
/** The Audit page checks at most this many entries written since the last full verification. */
export const PAGE_CHECK_LIMIT = 20_000;
/** postgres NOTIFY channel the workers listen on, so "Verify now" starts at once rather than at the next minute. */
export const VERIFY_CHANNEL = "audit_verification_requested";

/**
 * "Verify now": queues a full verification for the worker. Only one waits or
 * runs at a time; asking again while one does returns that one.
 */
export async function requestAuditVerification(db: Db, requestedBy: string): Promise<{ verification: AuditVerification; alreadyQueued: boolean }> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(auditVerifications)
      .values({ requestedBy, status: "queued" })
      // The only unique index that can conflict: one queued or running verification at a time.
      .onConflictDoNothing()
      .returning();
    if (created) {
      await tx.execute(sql`SELECT pg_notify(${VERIFY_CHANNEL}, ${String(created.id)})`);
      return { verification: created, alreadyQueued: false };
    }
    const [active] = await tx.select().from(auditVerifications).where(inArray(auditVerifications.status, ["queued", "running"]));
    if (!active) throw new Error("no active verification after a conflict");
    return { verification: active, alreadyQueued: true };
  });
}

/**
 * The worker's side, run every minute and on NOTIFY: marks abandoned runs
 * failed, takes the queued verification (or starts a scheduled one when the
 * last full verification is older than a day), walks the whole chain outside
 * any web request, records the result with its checkpoint, and appends an
 * "audit.verified" entry, so the verifications themselves are in the chain.
 */
export async function runAuditVerification(db: Db, now = new Date()): Promise<AuditVerification | null> {
  await db
    .update(auditVerifications)
    .set({ status: "failed", finishedAt: now, error: "abandoned: the worker running it stopped" })
    .where(and(eq(auditVerifications.status, "running"), lt(auditVerifications.startedAt, new Date(now.getTime() - ABANDONED_AFTER_MS))));
  const run = await claimRun(db, now);
  if (!run) return null;
  let report: AuditChainReport;
  try {
    report = await verifyAuditChain(db);
  } catch (err) {
    const [failed] = await db
      .update(auditVerifications)
      .set({ status: "failed", finishedAt: new Date(), error: err instanceof Error ? err.message.slice(0, 500) : "verification failed" })
      .where(eq(auditVerifications.id, run.id))
      .returning();
    return failed ?? null;
  }
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(auditVerifications)
      .set({
        status: "done", finishedAt: new Date(), ok: report.ok, checked: report.checked, throughId: report.throughId, throughHash: report.throughHash,
        firstBrokenId: report.firstBrokenId, headMismatch: report.headMismatch,
      })
      .where(eq(auditVerifications.id, run.id))
      .returning();
    await recordAudit(tx, {
      actorId: run.requestedBy, action: "audit.verified", entityType: "audit_verification", entityId: String(run.id),
      data: { ok: report.ok, checked: report.checked, throughId: report.throughId, firstBrokenId: report.firstBrokenId, headMismatch: report.headMismatch },
    });
    return done!;
  });
}

async function claimRun(db: Db, now: Date): Promise<AuditVerification | null> {
  return db.transaction(async (tx) => {
    const [queued] = await tx
      .update(auditVerifications)
      .set({ status: "running", startedAt: now })
      .where(eq(auditVerifications.id, sql`(SELECT id FROM audit_verifications WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)`))
      .returning();
    if (queued) return queued;
    const [last] = await tx.select({ finishedAt: auditVerifications.finishedAt }).from(auditVerifications).where(eq(auditVerifications.status, "done")).orderBy(desc(auditVerifications.finishedAt)).limit(1);
    if (last?.finishedAt && now.getTime() - last.finishedAt.getTime() < FULL_VERIFICATION_EVERY_MS) return null;
    const [scheduled] = await tx
      .insert(auditVerifications)
      .values({ status: "running", startedAt: now, requestedAt: now })
      .onConflictDoNothing()
      .returning();
    return scheduled ?? null;
  });
}

export type AuditChainStatus = {
  /** The newest finished full verification (done), if any. */
  last: AuditVerification | null;
  /** A verification waiting for or being run by the worker. */
  active: AuditVerification | null;
  /** The newest run that failed to finish, if it is newer than `last`. */
  lastFailure: AuditVerification | null;
  /** Entries written after `last`'s checkpoint, checked on this load when there are at most PAGE_CHECK_LIMIT of them. */
  since: { entries: number; report: AuditChainReport | null };
};

/**
 * What the Audit page shows: the last full verification, and a check of only
 * the entries written since its checkpoint (bounded, so the page never walks
 * the whole log). With no full verification yet, "since" covers the whole log
 * when it is small enough.
 */
export async function auditChainStatus(db: Db): Promise<AuditChainStatus> {
  const [[last], [active], [failure]] = await Promise.all([
    db.select().from(auditVerifications).where(eq(auditVerifications.status, "done")).orderBy(desc(auditVerifications.finishedAt)).limit(1),
    db.select().from(auditVerifications).where(inArray(auditVerifications.status, ["queued", "running"])).limit(1),
    db.select().from(auditVerifications).where(eq(auditVerifications.status, "failed")).orderBy(desc(auditVerifications.finishedAt)).limit(1),
  ]);
  const from = last && last.ok ? { throughId: last.throughId, throughHash: last.throughHash! } : null;
  const entries = await entriesAfter(db, from?.throughId ?? null);
  // After a broken full verification there is no trusted checkpoint: only a new full run can say more.
  const report = (from || !last) && entries <= PAGE_CHECK_LIMIT ? await verifyAuditChain(db, { from: from ?? undefined }) : null;
  const time = (v: AuditVerification | undefined) => v?.finishedAt?.getTime() ?? 0;
  const lastFailure = failure && time(failure) > time(last) ? failure : null;
  return { last: last ?? null, active: active ?? null, lastFailure, since: { entries, report } };
}
