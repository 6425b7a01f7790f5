import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditVerifications, type AuditVerification } from "@/db/schema";
import { logger } from "@/lib/server/logger";
import { recordAudit } from "./record-audit";
import {
  entriesAfter,
  firstCheckpointMismatch,
  verifyAuditChain,
  type AuditChainReport,
} from "./verify-audit-chain";

/** A full verification older than this is repeated by the job runner on its own. */
export const FULL_VERIFICATION_EVERY_MS = 24 * 3_600_000;
/** A run still "running" (or "queued") after this long belongs to a worker that stopped: it is marked failed. */
export const ABANDONED_AFTER_MS = 3_600_000;
/** The Audit page checks at most this many entries written since the last full verification (~10 µs each). */
export const PAGE_CHECK_LIMIT = 10_000;
/** postgres NOTIFY channel the workers listen on, so "Verify now" starts at once rather than at the next minute. */
export const VERIFY_CHANNEL = "audit_verification_requested";

/**
 * "Verify now": queues a full verification for the worker. Only one waits or
 * runs at a time; asking again while one does returns that one.
 */
export async function requestAuditVerification(
  db: Db,
  requestedBy: string,
): Promise<{ verification: AuditVerification; alreadyQueued: boolean }> {
  // Twice: the active run can finish between the conflicting insert and the read of it.
  for (let attempt = 0; attempt < 2; attempt++) {
    const out = await db.transaction(async (tx) => {
      // The only unique index that can conflict: one queued or running verification at a time.
      const [created] = await tx
        .insert(auditVerifications)
        .values({ requestedBy, status: "queued" })
        .onConflictDoNothing()
        .returning();
      if (created) {
        await tx.execute(sql`SELECT pg_notify(${VERIFY_CHANNEL}, ${String(created.id)})`);
        return { verification: created, alreadyQueued: false };
      }
      const [active] = await tx
        .select()
        .from(auditVerifications)
        .where(inArray(auditVerifications.status, ["queued", "running"]));
      return active ? { verification: active, alreadyQueued: true } : null;
    });
    if (out) return out;
  }
  throw new Error("could not queue an audit verification");
}

/**
 * The worker's side, run every minute and on NOTIFY: marks abandoned runs
 * failed, takes the queued verification (or starts a scheduled one when the
 * last full verification is older than a day), walks the whole chain outside
 * any web request, records the result with its checkpoint, and appends an
 * "audit.verified" entry (with the checkpoint's hash), so the verifications
 * themselves are in the chain.
 */
export async function runAuditVerification(
  db: Db,
  now = new Date(),
): Promise<AuditVerification | null> {
  await db
    .update(auditVerifications)
    .set({
      status: "failed",
      finishedAt: sql`now()`,
      error: "abandoned: no worker finished it within an hour",
    })
    .where(
      and(
        inArray(auditVerifications.status, ["queued", "running"]),
        sql`coalesce(${auditVerifications.startedAt}, ${auditVerifications.requestedAt}) < ${new Date(now.getTime() - ABANDONED_AFTER_MS).toISOString()}::timestamptz`,
      ),
    );
  const run = await claimRun(db, now);
  if (!run) return null;
  try {
    const report = await verifyAuditChain(db);
    return await recordResult(db, run, report);
  } catch (err) {
    // The reason stays in the log; the page shows a reference to it, never the raw error.
    const reference = randomUUID();
    logger.error({ reference, verificationId: run.id, err }, "audit verification failed");
    const [failed] = await db
      .update(auditVerifications)
      .set({
        status: "failed",
        finishedAt: sql`now()`,
        error: `stopped with an error (reference ${reference})`,
      })
      .where(and(eq(auditVerifications.id, run.id), eq(auditVerifications.status, "running")))
      .returning();
    return failed ?? null;
  }
}

async function recordResult(
  db: Db,
  run: AuditVerification,
  report: AuditChainReport,
): Promise<AuditVerification | null> {
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(auditVerifications)
      .set({
        status: "done",
        finishedAt: sql`now()`,
        ok: report.ok,
        checked: report.checked,
        throughId: report.throughId,
        throughHash: report.throughHash,
        firstBrokenId: report.firstBrokenId,
        headMismatch: report.headMismatch,
        rechainedSince: report.checkpointMismatch?.verificationId ?? null,
      })
      // Only a run still ours: one marked abandoned meanwhile stays failed.
      .where(and(eq(auditVerifications.id, run.id), eq(auditVerifications.status, "running")))
      .returning();
    if (!done) return null;
    await recordAudit(tx, {
      actorId: run.requestedBy,
      action: "audit.verified",
      entityType: "audit_verification",
      entityId: String(run.id),
      data: {
        ok: report.ok,
        checked: report.checked,
        throughId: report.throughId,
        throughHash: report.throughHash,
        firstBrokenId: report.firstBrokenId,
        headMismatch: report.headMismatch,
        rechainedSince: done.rechainedSince,
      },
    });
    return done;
  });
}

async function claimRun(db: Db, now: Date): Promise<AuditVerification | null> {
  return db.transaction(async (tx) => {
    const [queued] = await tx
      .update(auditVerifications)
      .set({ status: "running", startedAt: now })
      .where(
        eq(
          auditVerifications.id,
          sql`(SELECT id FROM audit_verifications WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)`,
        ),
      )
      .returning();
    if (queued) return queued;
    const [last] = await tx
      .select({ finishedAt: auditVerifications.finishedAt })
      .from(auditVerifications)
      .where(eq(auditVerifications.status, "done"))
      .orderBy(desc(auditVerifications.finishedAt))
      .limit(1);
    const age = last?.finishedAt ? now.getTime() - last.finishedAt.getTime() : Infinity;
    if (age >= 0 && age < FULL_VERIFICATION_EVERY_MS) return null;
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
  /** `active` has waited in the queue for over five minutes: no worker seems to be running. */
  activeStalled: boolean;
  /** The newest run that failed to finish, if it is newer than `last`. */
  lastFailure: AuditVerification | null;
  /** Entries written after `last`'s checkpoint, checked on this load when there are at most PAGE_CHECK_LIMIT of them. */
  since: { entries: number; report: AuditChainReport | null };
  /** When `since.report` is null: an earlier checkpoint that no longer holds (the log was re-chained), checked anyway. */
  rechained: AuditChainReport["checkpointMismatch"];
};

/**
 * What the Audit page shows: the last full verification, and a check of only
 * the entries written since its checkpoint (bounded, so the page never walks
 * the whole log), together with every earlier checkpoint still holding. With
 * no full verification yet, "since" covers the whole log when it is small enough.
 */
export async function auditChainStatus(
  db: Db,
  opts: { now?: Date; pageCheckLimit?: number } = {},
): Promise<AuditChainStatus> {
  const now = opts.now ?? new Date();
  const [[last], [active], [failure]] = await Promise.all([
    db
      .select()
      .from(auditVerifications)
      .where(eq(auditVerifications.status, "done"))
      .orderBy(desc(auditVerifications.finishedAt))
      .limit(1),
    db
      .select()
      .from(auditVerifications)
      .where(inArray(auditVerifications.status, ["queued", "running"]))
      .limit(1),
    db
      .select()
      .from(auditVerifications)
      .where(eq(auditVerifications.status, "failed"))
      .orderBy(desc(auditVerifications.finishedAt))
      .limit(1),
  ]);
  const from =
    last && last.ok ? { throughId: last.throughId, throughHash: last.throughHash! } : null;
  const entries = await entriesAfter(db, from?.throughId ?? null);
  // After a broken full verification there is no trusted checkpoint: only a new full run can say more.
  const report =
    (from || !last) && entries <= (opts.pageCheckLimit ?? PAGE_CHECK_LIMIT)
      ? await verifyAuditChain(db, { from: from ?? undefined })
      : null;
  // Too many entries to walk here: the earlier checkpoints are still checked (one lookup each), so a re-chained log shows.
  const rechained = report ? null : await firstCheckpointMismatch(db);
  const time = (v: AuditVerification | undefined) => v?.finishedAt?.getTime() ?? 0;
  const lastFailure = failure && time(failure) > time(last) ? failure : null;
  const activeStalled =
    active?.status === "queued" && now.getTime() - active.requestedAt.getTime() > 5 * 60_000;
  return {
    last: last ?? null,
    active: active ?? null,
    activeStalled,
    lastFailure,
    since: { entries, report },
    rechained,
  };
}
