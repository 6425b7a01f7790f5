import { CLAUSE_IDS, type ClauseId } from "../clauses";
import type { ParsedPolicyCase } from "../schema";
import type { PolicyFlag } from "../types";
import { CLAIM_DENIALS } from "../interpretations";
import type { Destination, Outcome } from "../vocabulary";
import type { Award, EntitlementFinding, Finding, Hold } from "./finding";

export interface Findings {
  bars: Finding[];
  contradictions: string[];
  entitlements: EntitlementFinding[];
  denials: Finding[];
}

/** The decision before the gate and before payment-method details. */
export interface Decision {
  outcome: Outcome;
  /** Tier clauses: deciding first, then the other matches of the same tier. */
  clauses: ClauseId[];
  amountMinor: number | null;
  destination: Destination | null;
  /** The entitlement that decided, when one did. */
  winner: (EntitlementFinding & { award: Award }) | null;
  hold: Hold | null;
  flags: PolicyFlag[];
  /** No matched order: the denials the claim points to, deciding first, held back until one is linked. */
  provisionalDenials: ClauseId[];
}

const rank = (id: ClauseId) => CLAUSE_IDS.indexOf(id);

function none(outcome: Outcome, clauses: ClauseId[]): Decision {
  return {
    outcome,
    clauses,
    amountMinor: null,
    destination: null,
    winner: null,
    hold: null,
    flags: [],
    provisionalDenials: [],
  };
}

// The denial that answers the client's own claim decides; the others follow in catalogue order.
function matchedDenials(policyCase: ParsedPolicyCase, findings: Findings): ClauseId[] {
  const answers = CLAIM_DENIALS[policyCase.request.claim];
  return findings.denials
    .filter((f) => f.matched)
    .sort((a, b) => Number(b.id === answers) - Number(a.id === answers) || rank(a.id) - rank(b.id))
    .map((f) => f.id);
}

/**
 * Order of evaluation (policy-spec.md), gate excluded: bars, contradictions,
 * entitlements, denials, manual review. With no matched order only the
 * account-level bar (VN-DENY-FRAUD) can decide: entitlements rank above
 * denials and depend on the order's facts, so the result is manual review
 * and the denial the claim points to is only provisional.
 */
export function decide(policyCase: ParsedPolicyCase, findings: Findings): Decision {
  const bars = findings.bars.filter((f) => f.matched);
  if (bars.length > 0)
    return none(
      "deny",
      bars.map((f) => f.id),
    );
  if (policyCase.order === null)
    return {
      ...none("manual_review", []),
      provisionalDenials: matchedDenials(policyCase, findings),
    };
  if (findings.contradictions.length > 0) return none("manual_review", []);

  const { request, order } = policyCase;
  const awarded = findings.entitlements.filter(
    (f): f is EntitlementFinding & { award: Award } => f.award !== null,
  );
  // Several entitlements: the single largest pays, all are cited (INT-TIES breaks ties).
  const [winner] = [...awarded].sort(
    (a, b) =>
      b.award.amountMinor - a.award.amountMinor ||
      (request.directRequested ? Number(b.award.allowsDirect) - Number(a.award.allowsDirect) : 0) ||
      rank(a.id) - rank(b.id),
  );
  if (winner) {
    const clauses = [winner.id, ...awarded.filter((f) => f !== winner).map((f) => f.id)];
    if (winner.award.hold) {
      return {
        ...none(winner.award.hold.outcome, clauses),
        winner,
        hold: winner.award.hold,
        flags: winner.award.flags,
        provisionalDenials: [],
      };
    }
    // Never above what was paid, never negative.
    const amountMinor = Math.max(0, Math.min(winner.award.amountMinor, order?.paidMinor ?? 0));
    const direct =
      winner.award.allowsDirect && request.directRequested && order?.kind !== "disposable_number";
    const asked = request.amountRequestedMinor;
    return {
      outcome: asked === null || amountMinor >= asked ? "approve" : "partial",
      clauses,
      amountMinor,
      destination: direct ? "direct" : "balance",
      winner,
      hold: null,
      flags: winner.award.flags,
      provisionalDenials: [],
    };
  }

  const denials = matchedDenials(policyCase, findings);
  return denials.length > 0 ? none("deny", denials) : none("manual_review", []);
}
