import { and, asc, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inboundEmails } from "@/db/schema";
import { processStoredEmail } from "@/lib/requests/process-stored-email";

/**
 * Emails whose processing failed after the raw bytes were stored stay in
 * state "received"; this retries them, oldest first. One that keeps failing
 * is quarantined with the error so an admin sees it: nothing is dropped.
 */
export async function retryStuckEmails(db: Db, opts: { olderThanMs?: number; limit?: number; now?: Date } = {}): Promise<{ retried: number; quarantined: number }> {
  const now = opts.now ?? new Date();
  const cutoff = new Date(now.getTime() - (opts.olderThanMs ?? 60_000));
  const stuck = await db
    .select({ id: inboundEmails.id })
    .from(inboundEmails)
    .where(and(eq(inboundEmails.state, "received"), lt(inboundEmails.createdAt, cutoff)))
    .orderBy(asc(inboundEmails.createdAt))
    .limit(opts.limit ?? 100);
  let quarantined = 0;
  for (const { id } of stuck) {
    try {
      await processStoredEmail(db, id, now);
    } catch (err) {
      quarantined++;
      await db
        .update(inboundEmails)
        .set({ state: "quarantined", quarantineReason: "processing_failed", quarantineDetail: err instanceof Error ? err.message.slice(0, 500) : "unknown error" })
        .where(eq(inboundEmails.id, id));
    }
  }
  return { retried: stuck.length, quarantined };
}
