import { eq } from "drizzle-orm";
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
