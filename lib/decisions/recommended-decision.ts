import type { DecisionKind } from "@/lib/decisions/vocabulary";
import type { Outcome } from "@/lib/policy/vocabulary";

/** The decision a policy outcome recommends; null when the engine leaves it to the reviewer. */
export function recommendedKind(outcome: Outcome | null): DecisionKind | null {
  switch (outcome) {
    case "approve":
      return "approve";
    case "partial":
      return "partial";
    case "deny":
      return "deny";
    case "needs_info":
      return "request_info";
    case "already_refunded":
    case "wait":
      // Nothing to pay now: the matching decision is to close without a refund.
      return "deny";
    default:
      return null;
  }
}

export type Recommendation = {
  outcome: Outcome | null;
  amountMinor: number | null;
  destination: "balance" | "direct" | null;
  /** REQ-INCOMPLETE items the request still lacks: asking for them is never an override. */
  missing?: readonly string[];
};
export type Chosen = {
  kind: DecisionKind;
  amountMinor: number | null;
  destination: "balance" | "direct" | null;
};

/** What the reviewer changed from the recommendation; any item makes the decision an override. */
export function deviations(rec: Recommendation, chosen: Chosen): string[] {
  const out: string[] = [];
  const kind = recommendedKind(rec.outcome);
  if (kind === null) return out;
  const askingForMissing = chosen.kind === "request_info" && (rec.missing?.length ?? 0) > 0;
  if (kind !== chosen.kind && !askingForMissing)
    out.push(`outcome ${chosen.kind} instead of ${kind}`);
  const paying = chosen.kind === "approve" || chosen.kind === "partial";
  if (paying && kind === chosen.kind) {
    if (rec.amountMinor !== null && chosen.amountMinor !== rec.amountMinor)
      out.push(`amount ${chosen.amountMinor} instead of ${rec.amountMinor}`);
    if (rec.destination && chosen.destination !== rec.destination)
      out.push(`destination ${chosen.destination} instead of ${rec.destination}`);
  }
  return out;
}

/** Whether a decision needs a note of its own: only when there is no recommendation to follow. */
export function noteRequired(
  rec: Pick<Recommendation, "outcome">,
  devs: readonly string[],
): boolean {
  return recommendedKind(rec.outcome) === null && devs.length === 0;
}
