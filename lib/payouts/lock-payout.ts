import { eq } from "drizzle-orm";
import { AppError } from "@/lib/server/app-error";
import type { Tx } from "@/db/client";
import {
  orders,
  payouts,
  refundRequests,
  type Order,
  type Payout,
  type RefundRequest,
} from "@/db/schema";

export type LockedPayout = { payout: Payout; order: Order; request: RefundRequest | null };

/**
 * Locks a payout with what it changes, always in one order — request, payout,
 * order — the order every money write takes (decisions lock the request, then
 * the order), so two writers never wait on each other in a circle. Null when
 * the payout does not exist.
 */
export async function lockPayout(tx: Tx, payoutId: string): Promise<LockedPayout | null> {
  const [head] = await tx
    .select({ requestId: payouts.requestId })
    .from(payouts)
    .where(eq(payouts.id, payoutId));
  if (!head) return null;
  const [request] = head.requestId
    ? await tx
        .select()
        .from(refundRequests)
        .where(eq(refundRequests.id, head.requestId))
        .for("update")
    : [];
  const [payout] = await tx.select().from(payouts).where(eq(payouts.id, payoutId)).for("update");
  if (!payout) return null;
  const [order] = await tx.select().from(orders).where(eq(orders.id, payout.orderId)).for("update");
  if (!order) throw new Error(`payout ${payoutId} names a missing order`);
  return { payout, order, request: request ?? null };
}

/** lockPayout for a person's action on one payout: a payout that does not exist is NOT_FOUND. */
export async function lockPayoutOrThrow(tx: Tx, payoutId: string): Promise<LockedPayout> {
  const l = await lockPayout(tx, payoutId);
  if (!l) throw new AppError("NOT_FOUND", { userMessage: "This payout no longer exists." });
  return l;
}

/** What a payout's postings belong to (the ledger transaction's links). */
export function payoutLinks(p: Payout) {
  return {
    orderId: p.orderId,
    customerId: p.customerId,
    requestId: p.requestId,
    decisionId: p.decisionId,
    payoutId: p.id,
  };
}
