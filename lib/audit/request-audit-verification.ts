import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditVerifications, type AuditVerification } from "@/db/schema";

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
