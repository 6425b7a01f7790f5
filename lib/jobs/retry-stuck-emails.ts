import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inboundEmails } from "@/db/schema";
import { maskPaymentDetailsIn } from "@/lib/ingest/redact-payment-details";
import { processStoredEmail } from "@/lib/requests/process-stored-email";
import { safeRootCauseMessage } from "@/lib/server/serialize-error";

/** Failed processing attempts an email gets before it is quarantined ("processing_failed"). */
export const MAX_PROCESS_ATTEMPTS = 5;

export type RetryStuckOptions = {
  olderThanMs?: number;
  limit?: number;
  now?: Date;
  maxAttempts?: number;
};

/**
 * Emails whose processing failed after the raw bytes were stored stay in
 * state "received"; this retries them, oldest first. A failed retry is
 * counted on the row (process_attempts, last_error) and the email stays in
 * "received" for the next run; after the last allowed attempt it is
 * quarantined as "processing_failed" so an admin sees it: nothing is dropped.
 */
export async function retryStuckEmails(
  db: Db,
  opts: RetryStuckOptions = {},
): Promise<{ retried: number; quarantined: number }> {
  const now = opts.now ?? new Date();
  const maxAttempts = opts.maxAttempts ?? MAX_PROCESS_ATTEMPTS;
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
      // Kept on the row and shown to admins: the cause, never a failed query's values (a statement's
      // parameters hold the customer's text), and any payment detail masked all the same.
      const message = maskPaymentDetailsIn(safeRootCauseMessage(err)).slice(0, 500);
      // Count the attempt; the last allowed one quarantines. Only a row still in "received" is touched.
      const [row] = await db
        .update(inboundEmails)
        .set({
          processAttempts: sql`${inboundEmails.processAttempts} + 1`,
          lastError: message,
          state: sql`CASE WHEN ${inboundEmails.processAttempts} + 1 >= ${maxAttempts} THEN 'quarantined'::inbound_state ELSE ${inboundEmails.state} END`,
          quarantineReason: sql`CASE WHEN ${inboundEmails.processAttempts} + 1 >= ${maxAttempts} THEN 'processing_failed' ELSE ${inboundEmails.quarantineReason} END`,
          quarantineDetail: sql`CASE WHEN ${inboundEmails.processAttempts} + 1 >= ${maxAttempts} THEN ${message} ELSE ${inboundEmails.quarantineDetail} END`,
        })
        .where(and(eq(inboundEmails.id, id), eq(inboundEmails.state, "received")))
        .returning({ state: inboundEmails.state });
      if (row?.state === "quarantined") quarantined++;
    }
  }
  return { retried: stuck.length, quarantined };
}
