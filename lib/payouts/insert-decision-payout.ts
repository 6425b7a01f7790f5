import type { Tx } from "@/db/client";
import { payoutEvents, payouts, type Order, type RefundRequest } from "@/db/schema";
import type { ApprovalNeed } from "./four-eyes";
import { notifyPayout } from "./notify-payout";

export type InsertDecisionPayoutOptions = {
  decisionId: string;
  request: RefundRequest;
  order: Order;
  /** What to book: the decision's whole amount, or a reopened decision's top-up. */
  payout: { amountMinor: number; source: "decision" | "top_up"; approval: ApprovalNeed };
  currency: string;
  destination: "balance" | "direct";
  dueBy: Date;
  /** PAY-NO-REFUND-METHOD: the alternative the reviewer recorded; the request's sealed details go with it. */
  alternativeMethod: string | null;
  actorId: string;
  now: Date;
};

/**
 * The payout a decision owes, pending (the job runner books it at once,
 * woken by NOTIFY at commit) or waiting for a manager when an override pays
 * above the policy. The order's cap is checked by the payouts trigger.
 */
export async function insertDecisionPayout(
  tx: Tx,
  o: InsertDecisionPayoutOptions,
): Promise<string> {
  const waits = o.payout.approval?.stage === "before_credit";
  const [p] = await tx
    .insert(payouts)
    .values({
      source: o.payout.source,
      decisionId: o.decisionId,
      requestId: o.request.id,
      orderId: o.order.id,
      customerId: o.order.customerId,
      amountMinor: o.payout.amountMinor,
      currency: o.currency,
      destination: o.destination,
      alternativeMethod: o.alternativeMethod,
      alternativeDetailsSealed: o.alternativeMethod ? o.request.paymentDetailSealed : null,
      alternativeDetailsMasked: o.alternativeMethod
        ? `${o.request.paymentDetailKind ?? "other"} ${o.request.paymentDetailMasked ?? ""}`.trim()
        : null,
      state: waits ? "awaiting_approval" : "pending",
      dueBy: o.dueBy,
      approvalStage: o.payout.approval?.stage ?? null,
      approvalReasons: o.payout.approval?.reasons ?? [],
      createdAt: o.now,
    })
    .returning({ id: payouts.id });
  const payoutId = p!.id;
  await tx.insert(payoutEvents).values({
    payoutId,
    fromState: null,
    toState: waits ? "awaiting_approval" : "pending",
    actorId: o.actorId,
    note: o.payout.approval
      ? `Needs a manager's approval: ${o.payout.approval.reasons.join("; ")}`
      : null,
  });
  if (!waits) await notifyPayout(tx, payoutId);
  return payoutId;
}
