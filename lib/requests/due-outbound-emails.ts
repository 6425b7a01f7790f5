import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboundEmails } from "@/db/schema";
import { claimable, SEND_DEFAULTS } from "./send-outbound-emails";

/**
 * The sweep's side: gives up replies whose last allowed attempt was abandoned by a crash, and
 * lists the replies due for an attempt (queued and due, or a claim whose lease ended), oldest first.
 */
export async function dueOutboundEmails(
  db: Db,
  opts: { maxAttempts?: number; limit?: number } = {},
): Promise<string[]> {
  const maxAttempts = opts.maxAttempts ?? SEND_DEFAULTS.maxAttempts;
  await db
    .update(outboundEmails)
    .set({ state: "failed", error: "Sending was interrupted too many times.", leaseUntil: null })
    .where(
      and(
        eq(outboundEmails.state, "sending"),
        sql`${outboundEmails.leaseUntil} < now()`,
        sql`${outboundEmails.attempts} >= ${maxAttempts}`,
      ),
    );
  const rows = await db
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(claimable(maxAttempts))
    .orderBy(asc(outboundEmails.createdAt))
    .limit(opts.limit ?? 100);
  return rows.map((r) => r.id);
}
