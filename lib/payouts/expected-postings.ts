import type { PayoutState } from "./vocabulary";

export type PostingCounts = { credit: number; sent: number; settled: number; failed: number };

/**
 * The transactions a payout's state implies (money-spec.md flows; ledger:verify
 * invariant 4): the credit once it was booked, one send per provider attempt,
 * one failure per failed attempt, one settlement when settled.
 */
export function expectedPostings(p: {
  state: PayoutState;
  attempt: number;
  approvalStage: "before_credit" | "before_send" | null;
}): PostingCounts {
  const booked = !(
    p.state === "pending" ||
    p.state === "cancelled" ||
    p.state === "rejected" ||
    (p.state === "awaiting_approval" && p.approvalStage === "before_credit")
  );
  const inFlightOrSettled = p.state === "sent" || p.state === "settled";
  return {
    credit: booked ? 1 : 0,
    sent: p.attempt,
    failed: Math.max(0, p.attempt - (inFlightOrSettled ? 1 : 0)),
    settled: p.state === "settled" ? 1 : 0,
  };
}

/** The provider's idempotency key of one send attempt: retries of that attempt reuse it. */
export const providerKey = (payoutId: string, attempt: number) => `payout:${payoutId}:${attempt}`;

/** The ledger keys of each step (money-spec.md "Conventions"). */
export const postingKey = {
  credit: (payoutId: string) => `payout:${payoutId}:credit`,
  automatic: (orderId: string) => `auto-refund:${orderId}`,
  sent: (payoutId: string, attempt: number) => `payout:${payoutId}:send:${attempt}`,
  settled: (payoutId: string, attempt: number) => `payout:${payoutId}:settle:${attempt}`,
  failed: (payoutId: string, attempt: number) => `payout:${payoutId}:fail:${attempt}`,
  reversal: (decisionId: string, payoutId: string) => `decision:${decisionId}:reverse:${payoutId}`,
  recovery: (decisionId: string, payoutId: string) => `decision:${decisionId}:recover:${payoutId}`,
  opening: (customerId: string, currency: string) => `opening:${customerId}:${currency}`,
};
