import { expectedPostings } from "@/lib/payouts/expected-postings";
import type { PayoutState } from "@/lib/payouts/vocabulary";
import type { Violation } from "./verify-ledger";

export type PayoutChainRow = {
  id: string;
  state: PayoutState;
  attempt: number;
  approvalStage: "before_credit" | "before_send" | null;
  amountMinor: number;
  reversedMinor: number;
  /** Per ledger transaction kind: how many, and the distinct debit amounts. */
  postings: Record<string, { n: number; amounts: number[]; total: number }>;
};

const CHAIN: Record<string, keyof ReturnType<typeof expectedPostings>> = {
  balance_credit: "credit",
  direct_credit: "credit",
  automatic_refund: "credit",
  payout_sent: "sent",
  payout_settled: "settled",
  payout_failed: "failed",
};

/**
 * Invariant 4 (money-spec.md): each payout has exactly the transactions its
 * state implies, each once and each of the payout's amount, and what later
 * decisions took back (reversals, recoveries) equals its reversed amount.
 */
export function checkPayoutChains(rows: PayoutChainRow[]): Violation[] {
  const out: Violation[] = [];
  for (const p of rows) {
    const want = expectedPostings(p);
    const have = { credit: 0, sent: 0, settled: 0, failed: 0 };
    let reversed = 0;
    for (const [kind, { n, amounts, total }] of Object.entries(p.postings)) {
      const step = CHAIN[kind];
      if (step) {
        have[step] += n;
        if (amounts.some((a) => Number(a) !== p.amountMinor))
          out.push(violation(p, `${kind} of ${amounts.join("/")} on a payout of ${p.amountMinor}`));
      } else if (kind === "reversal" || kind === "recovery") reversed += Number(total);
    }
    for (const step of Object.keys(want) as (keyof typeof want)[])
      if (want[step] !== have[step])
        out.push(
          violation(
            p,
            `${p.state} (attempt ${p.attempt}) needs ${want[step]} ${step} posting(s), has ${have[step]}`,
          ),
        );
    if (reversed > 0 && reversed !== p.reversedMinor)
      out.push(
        violation(
          p,
          `reversals and recoveries total ${reversed}, payout records ${p.reversedMinor} taken back`,
        ),
      );
  }
  return out;
}

const violation = (p: PayoutChainRow, detail: string): Violation => ({
  invariant: "4. every payout has exactly the posting chain its state implies",
  detail: `payout ${p.id}: ${detail}`,
  ids: { payout_id: p.id },
});
