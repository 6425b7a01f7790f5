import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orders, payoutEvents, payouts, refundRequests, smsMessages } from "@/db/schema";
import { evaluateRequest } from "@/lib/requests/evaluate-request";
import { recordAudit } from "@/lib/audit/record-audit";
import { bookPayoutCredit } from "./book-payout-credit";

/** DISP-AUTO-NO-SMS: the activation waits 15 minutes; the refund must be booked by minute 20. */
export const AUTO_REFUND_AFTER_MS = 15 * 60_000;
export const AUTO_REFUND_DEADLINE_MS = 20 * 60_000;
export const AUTO_REFUND_JOB = "payouts.automatic-refunds";

export type AutomaticRefundRun = {
  candidates: number;
  booked: number;
  lateBookings: number;
  skipped: number;
};

/**
 * Finds disposable activations past minute 15 whose incoming-SMS table is
 * empty and that have no refund, and credits each one's price to the
 * customer's balance — no email, no decision: the job is the actor. Each
 * order is locked with SKIP LOCKED and re-checked under the lock, and one
 * automatic payout per order is a unique index, so workers running this at
 * the same moment book each activation exactly once.
 */
export async function bookAutomaticRefunds(
  db: Db,
  o: { now?: Date; limit?: number } = {},
): Promise<AutomaticRefundRun> {
  const now = o.now ?? new Date();
  const candidates = await db
    .select({ id: orders.id })
    .from(orders)
    .where(dueCondition(now))
    .orderBy(asc(orders.activatedAt))
    .limit(o.limit ?? 500);
  const run: AutomaticRefundRun = {
    candidates: candidates.length,
    booked: 0,
    lateBookings: 0,
    skipped: 0,
  };
  for (const { id } of candidates) {
    const booked = await bookAutomaticRefund(db, id, now);
    if (!booked) run.skipped++;
    else {
      run.booked++;
      if (booked.late) run.lateBookings++;
    }
  }
  return run;
}

/** An activation due for its automatic refund at `now`: past minute 15, no SMS, no refund of any kind. */
function dueCondition(now: Date) {
  return and(
    eq(orders.kind, "disposable_number"),
    lte(orders.activatedAt, new Date(now.getTime() - AUTO_REFUND_AFTER_MS)),
    isNull(orders.autoRefundedAt),
    eq(orders.refundCommittedMinor, 0),
    gt(orders.paidMinor, 0),
    sql`NOT EXISTS (SELECT 1 FROM ${smsMessages} WHERE ${smsMessages.orderId} = ${orders.id})`,
  );
}

/**
 * Books one activation's automatic refund at `now` (the job's minute, or a
 * past instant when the demo data replays its history), re-checking under
 * the order's lock; null when it is not (or no longer) due. Open requests
 * about the order are evaluated again: they now read `already_refunded`.
 */
export async function bookAutomaticRefund(
  db: Db,
  orderId: string,
  now: Date,
): Promise<{ late: boolean } | null> {
  const actor = { job: AUTO_REFUND_JOB };
  const booked = await db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), dueCondition(now)))
      .for("update", { skipLocked: true });
    if (!order) return null;
    const [payout] = await tx
      .insert(payouts)
      .values({
        source: "automatic",
        orderId: order.id,
        customerId: order.customerId,
        amountMinor: order.paidMinor,
        currency: order.currency,
        destination: "balance",
        dueBy: new Date(order.activatedAt!.getTime() + AUTO_REFUND_DEADLINE_MS),
        createdAt: now,
      })
      .returning();
    await tx
      .insert(payoutEvents)
      .values({ payoutId: payout!.id, toState: "pending", actorJob: AUTO_REFUND_JOB, at: now });
    const [locked] = await tx.select().from(orders).where(eq(orders.id, orderId));
    const audits = await bookPayoutCredit(
      tx,
      { payout: payout!, order: locked!, request: null },
      actor,
      now,
    );
    await tx.update(orders).set({ autoRefundedAt: now }).where(eq(orders.id, order.id));
    const open = await tx
      .select({ id: refundRequests.id })
      .from(refundRequests)
      .where(
        and(
          eq(refundRequests.orderId, order.id),
          inArray(refundRequests.status, ["to_review", "awaiting_customer"]),
        ),
      );
    for (const a of audits) await recordAudit(tx, a);
    return { late: now.getTime() - order.activatedAt!.getTime() > AUTO_REFUND_DEADLINE_MS, open };
  });
  // After commit, each in its own transaction: a request is locked before an order, never after.
  for (const r of booked?.open ?? []) await db.transaction((tx) => evaluateRequest(tx, r.id, now));
  return booked && { late: booked.late };
}
