import { and, asc, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payouts } from "@/db/schema";

/**
 * Payouts the runner should move now: booked-but-not-yet (pending), ready to
 * send, or sent without the provider's answer for a minute (a crash between
 * the send and the answer). The decision's NOTIFY starts most of them at
 * once; this sweep catches whatever a dead worker or a lost notification left.
 */
export async function findDuePayouts(
  db: Db,
  o: { now?: Date; limit?: number } = {},
): Promise<string[]> {
  const now = o.now ?? new Date();
  const rows = await db
    .select({ id: payouts.id })
    .from(payouts)
    .where(
      or(
        inArray(payouts.state, ["pending", "ready"]),
        and(
          eq(payouts.state, "sent"),
          isNull(payouts.providerRefundId),
          lt(payouts.updatedAt, new Date(now.getTime() - 60_000)),
        ),
      ),
    )
    .orderBy(asc(payouts.createdAt))
    .limit(o.limit ?? 1000);
  return rows.map((r) => r.id);
}

/** Sent payouts the provider acknowledged but whose outcome has not arrived for a while: ask the provider. */
export async function findUnsettledPayouts(
  db: Db,
  o: { now?: Date; olderThanMs?: number; limit?: number } = {},
): Promise<{ id: string; attempt: number }[]> {
  const now = o.now ?? new Date();
  return db
    .select({ id: payouts.id, attempt: payouts.attempt })
    .from(payouts)
    .where(
      and(
        eq(payouts.state, "sent"),
        lt(payouts.updatedAt, new Date(now.getTime() - (o.olderThanMs ?? 5 * 60_000))),
      ),
    )
    .orderBy(asc(payouts.updatedAt))
    .limit(o.limit ?? 200);
}
