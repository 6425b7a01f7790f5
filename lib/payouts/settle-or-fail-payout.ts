import type { Tx } from "@/db/client";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import type { MoneyActor } from "@/lib/ledger/actor";
import { account } from "@/lib/ledger/account-ref";
import { transfer } from "@/lib/ledger/check-posting";
import { postTransaction } from "@/lib/ledger/post-transaction";
import { postingKey } from "./expected-postings";
import { payoutLinks, type LockedPayout } from "./lock-payout";
import { transitionPayout } from "./transition-payout";

/**
 * The provider's final answer on a sent attempt (money-spec.md): settled moves
 * provider_clearing → company_cash and the request is paid; failed returns the
 * money provider_clearing → customer_balance and puts the request back in the
 * queue flagged "payout failed" with the provider's reason.
 */
export async function settleOrFailPayout(
  tx: Tx,
  l: LockedPayout,
  outcome:
    | { succeeded: true; providerRefundId: string }
    | { succeeded: false; reason: string; providerRefundId: string | null },
  actor: MoneyActor,
  now: Date,
): Promise<RecordAuditOptions[]> {
  const { payout } = l;
  const provider = payout.provider ?? "sandbox";
  const links = payoutLinks(payout);
  if (outcome.succeeded) {
    const posted = await postTransaction(tx, {
      key: postingKey.settled(payout.id, payout.attempt),
      kind: "payout_settled",
      currency: payout.currency,
      description: `${provider} settled the direct refund ${l.request?.ref ?? ""}`,
      lines: transfer(account.clearing(provider), account.cash(provider), payout.amountMinor),
      links,
      actor,
    });
    const event = await transitionPayout(tx, payout, {
      to: "settled",
      actor,
      set: { settledAt: now, providerRefundId: outcome.providerRefundId },
      request: { status: "paid", attention: null },
      data: { attempt: payout.attempt, ledgerTransactionId: posted.transactionId },
    });
    return [...(posted.audit ? [posted.audit] : []), event];
  }
  const posted = await postTransaction(tx, {
    key: postingKey.failed(payout.id, payout.attempt),
    kind: "payout_failed",
    currency: payout.currency,
    description: `${provider} failed the direct refund ${l.request?.ref ?? ""}: ${outcome.reason}; back on the balance`,
    lines: transfer(
      account.clearing(provider),
      account.customer(payout.customerId),
      payout.amountMinor,
    ),
    links,
    actor,
  });
  const event = await transitionPayout(tx, payout, {
    to: "failed",
    actor,
    note: outcome.reason,
    set: {
      failedAt: now,
      failureReason: outcome.reason,
      providerRefundId: outcome.providerRefundId || null,
    },
    request: { status: "to_review", attention: "payout_failed", attentionNote: outcome.reason },
    data: { attempt: payout.attempt, ledgerTransactionId: posted.transactionId },
  });
  return [...(posted.audit ? [posted.audit] : []), event];
}
