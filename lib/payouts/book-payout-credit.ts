import type { Tx } from "@/db/client";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import type { MoneyActor } from "@/lib/ledger/actor";
import { account } from "@/lib/ledger/account-ref";
import { transfer } from "@/lib/ledger/check-posting";
import { postTransaction } from "@/lib/ledger/post-transaction";
import { formatMinor } from "@/lib/policy/money";
import { postingKey } from "./expected-postings";
import { payoutLinks, type LockedPayout } from "./lock-payout";
import { transitionPayout } from "./transition-payout";

/** What is left to refund on the order once this payout is booked; negative means over the cap. */
export function capHeadroom(l: LockedPayout): number {
  return l.order.paidMinor - l.order.refundedMinor - l.payout.amountMinor;
}

/**
 * Step 1 of every payout (money-spec.md): refunds_expense → customer_balance.
 * A balance refund is then credited (the request is paid); a direct refund
 * waits for its four-eyes approval or is ready to send. The order row is
 * locked by lockPayout, so the cap read here cannot change until commit.
 */
export async function bookPayoutCredit(
  tx: Tx,
  l: LockedPayout,
  actor: MoneyActor,
  now: Date,
): Promise<RecordAuditOptions[]> {
  const { payout, order } = l;
  if (capHeadroom(l) < 0)
    throw new Error(
      `payout ${payout.id} would refund ${formatMinor(order.refundedMinor + payout.amountMinor, order.currency)} of an order paid ${formatMinor(order.paidMinor, order.currency)}`,
    );
  const direct = payout.destination === "direct";
  const automatic = payout.source === "automatic";
  const posted = await postTransaction(tx, {
    key: automatic ? postingKey.automatic(payout.orderId) : postingKey.credit(payout.id),
    kind: automatic ? "automatic_refund" : direct ? "direct_credit" : "balance_credit",
    currency: payout.currency,
    description: automatic
      ? `Automatic refund of disposable number order ${order.ref}: no SMS received (DISP-AUTO-NO-SMS)`
      : direct
        ? `Direct refund ${l.request?.ref ?? ""}: credited to the balance before payout`
        : `Refund ${l.request?.ref ?? ""} to the balance`,
    lines: transfer(account.expense(), account.customer(payout.customerId), payout.amountMinor),
    links: payoutLinks(payout),
    actor,
  });
  const waits =
    direct && payout.approvalStage === "before_send" && payout.approvalApproved !== true;
  const to = !direct ? "credited" : waits ? "awaiting_approval" : "ready";
  const event = await transitionPayout(tx, payout, {
    to,
    actor,
    set: { creditedAt: now },
    request: to === "credited" ? { status: "paid", attention: null } : undefined,
    data: { ledgerTransactionId: posted.transactionId },
  });
  return [...(posted.audit ? [posted.audit] : []), event];
}
