import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, auditVerifications, type AuditVerification } from "@/db/schema";
import { logger } from "@/lib/server/logger";
import { anchorLogFromEnv, appendAnchor, type AnchorLog } from "./audit-anchors";
import { checkAnchors } from "./check-anchors";
import { claimAuditVerification } from "./claim-audit-verification";
import { recordAudit } from "./record-audit";
import { verifyAuditChain, type AuditChainReport } from "./verify-audit-chain";

export type RunAuditVerificationOptions = {
  /** Where checkpoints are anchored outside the database; default from AUDIT_ANCHOR_FILE / AUDIT_ANCHOR_KEY, null for none. */
  anchors?: AnchorLog | null;
};

/**
 * The worker's side, run every minute and on NOTIFY: takes the queued (or a due
 * scheduled) verification, walks the whole chain outside any web request,
 * compares the database with the anchor file, records the result with its
 * checkpoint, and appends an "audit.verified" entry (with the checkpoint's
 * hash), so the verifications themselves are in the chain. Then the checkpoint
 * and that entry are anchored: appended, signed, to the file outside the database.
 */
export async function runAuditVerification(
  db: Db,
  now = new Date(),
  opts: RunAuditVerificationOptions = {},
): Promise<AuditVerification | null> {
  const anchors = opts.anchors === undefined ? anchorLogFromEnv() : opts.anchors;
  const run = await claimAuditVerification(db, now);
  if (!run) return null;
  let done: AuditVerification | null;
  try {
    const report = await verifyAuditChain(db);
    const { mismatch } = await checkAnchors(db, anchors);
    done = await recordResult(db, run, report, mismatch);
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
  if (done && anchors) await anchorRun(db, anchors, done);
  return done;
}

async function recordResult(
  db: Db,
  run: AuditVerification,
  report: AuditChainReport,
  anchorMismatch: string | null,
): Promise<AuditVerification | null> {
  return db.transaction(async (tx) => {
    const [done] = await tx
      .update(auditVerifications)
      .set({
        status: "done",
        finishedAt: sql`now()`,
        ok: report.ok && !anchorMismatch,
        checked: report.checked,
        throughId: report.throughId,
        throughHash: report.throughHash,
        firstBrokenId: report.firstBrokenId,
        headMismatch: report.headMismatch,
        rechainedSince: report.checkpointMismatch?.verificationId ?? null,
        anchorMismatch,
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
        ok: done.ok,
        checked: report.checked,
        throughId: report.throughId,
        throughHash: report.throughHash,
        firstBrokenId: report.firstBrokenId,
        headMismatch: report.headMismatch,
        rechainedSince: done.rechainedSince,
        anchorMismatch,
      },
    });
    return done;
  });
}

/**
 * After the commit: the run's checkpoint and its own entry, signed, appended to the anchor file and
 * written to the log. A crash before this leaves the run unanchored, which the next check tolerates
 * only for the newest run; a failure to write is logged and the run stands.
 */
async function anchorRun(db: Db, log: AnchorLog, run: AuditVerification): Promise<void> {
  try {
    const [entry] = await db
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, "audit_verification"),
          eq(auditLog.entityId, String(run.id)),
          eq(auditLog.action, "audit.verified"),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(1);
    if (!entry) throw new Error(`no audit.verified entry for verification ${run.id}`);
    const anchor = appendAnchor(log, {
      verificationId: run.id,
      ok: run.ok ?? false,
      throughId: run.throughId,
      throughHash: run.throughHash ?? "",
      entryId: entry.id,
      entryHash: entry.hash,
      at: new Date().toISOString(),
    });
    logger.info({ auditAnchor: anchor }, "audit chain anchored");
  } catch (err) {
    logger.error({ err, verificationId: run.id }, "could not write the audit anchor");
  }
}
