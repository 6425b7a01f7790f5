import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditVerifications, type AuditVerification } from "@/db/schema";

/** A full verification older than this is repeated by the job runner on its own. */
export const FULL_VERIFICATION_EVERY_MS = 24 * 3_600_000;
/** A run still "running" (or "queued") after this long belongs to a worker that stopped: it is marked failed. */
export const ABANDONED_AFTER_MS = 3_600_000;

/**
 * The worker's turn: marks abandoned runs failed, then takes the queued verification, or starts a
 * scheduled one when the last full verification is a day old. Null: nothing to run now.
 */
export async function claimAuditVerification(db: Db, now: Date): Promise<AuditVerification | null> {
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
