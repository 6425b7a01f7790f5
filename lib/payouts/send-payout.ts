import type { Tx } from "@/db/client";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import type { MoneyActor } from "@/lib/ledger/actor";
import { account } from "@/lib/ledger/account-ref";
import { transfer } from "@/lib/ledger/check-posting";
import { postTransaction } from "@/lib/ledger/post-transaction";
import { unsealPaymentDetail } from "@/lib/requests/seal-payment-detail";
import { postingKey, providerKey } from "./expected-postings";
import { payoutLinks, type LockedPayout } from "./lock-payout";
import type { ProviderRefundRequest, RefundDestination } from "./provider/types";
import { transitionPayout } from "./transition-payout";

/**
 * Step 2 (money-spec.md): customer_balance → provider_clearing, a new attempt
 * whose provider idempotency key is fixed here, state sent. The provider is
 * called after commit, outside the transaction; a retry of this attempt
 * reuses the key, so the provider pays it at most once.
 */
export async function markPayoutSent(
  tx: Tx,
  l: LockedPayout,
  provider: string,
  actor: MoneyActor,
  now: Date,
): Promise<RecordAuditOptions[]> {
  const { payout } = l;
  const attempt = payout.attempt + 1;
  const posted = await postTransaction(tx, {
    key: postingKey.sent(payout.id, attempt),
    kind: "payout_sent",
    currency: payout.currency,
    description: `Direct refund ${l.request?.ref ?? ""} sent to ${provider} (attempt ${attempt})`,
    lines: transfer(
      account.customer(payout.customerId),
      account.clearing(provider),
      payout.amountMinor,
    ),
    links: payoutLinks(payout),
    actor,
  });
  const event = await transitionPayout(tx, payout, {
    to: "sent",
    actor,
    set: { attempt, provider, providerRefundId: null, failureReason: null, sentAt: now },
    data: {
      attempt,
      providerKey: providerKey(payout.id, attempt),
      ledgerTransactionId: posted.transactionId,
    },
  });
  return [...(posted.audit ? [posted.audit] : []), event];
}

/** Payment-detail kinds → how the provider is asked to pay an alternative method. */
function alternativeKind(masked: string | null): "bank_transfer" | "wallet" | "card" {
  const m = (masked ?? "").toLowerCase();
  if (m.startsWith("card")) return "card";
  if (["paypal", "wallet", "crypto", "other"].some((k) => m.startsWith(k))) return "wallet";
  return "bank_transfer";
}

/** The provider request of a sent payout's current attempt (the full requisites unsealed only here). */
export function providerRequestOf(l: LockedPayout): ProviderRefundRequest {
  const { payout, order } = l;
  let destination: RefundDestination;
  if (payout.alternativeDetailsSealed)
    destination = {
      kind: alternativeKind(payout.alternativeDetailsMasked),
      details: unsealPaymentDetail(payout.alternativeDetailsSealed),
    };
  else if (order.paymentRef)
    destination = { kind: "original_payment", paymentRef: order.paymentRef };
  else
    throw new Error(`payout ${payout.id}: no payment reference and no alternative method to pay`);
  return {
    idempotencyKey: providerKey(payout.id, payout.attempt),
    amountMinor: payout.amountMinor,
    currency: payout.currency,
    destination,
    metadata: { payoutId: payout.id, request: l.request?.ref ?? "", order: order.ref },
  };
}
