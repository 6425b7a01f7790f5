import { CLAUSE_IDS, getClause, type ClauseId, type ClauseKind } from "@/lib/policy/clauses";
import type { Outcome } from "@/lib/policy/vocabulary";
import { recommendedKind } from "./recommended-decision";
import type { DecisionKind } from "./vocabulary";

/** The clause kinds an outcome rests on (the same rule checkClauseFit enforces on the server). */
const FITTING: Record<DecisionKind, ClauseKind[]> = {
  approve: ["entitlement", "payment", "deadline"],
  partial: ["entitlement", "payment", "deadline"],
  deny: ["bar", "denial"],
  request_info: ["gate"],
};

/**
 * The clauses a decision form starts with for the outcome picked: the
 * recommendation's own when the reviewer follows it; for another outcome
 * nothing (an override cites the clause it relies on, never the
 * recommendation's by default), except REQ-INCOMPLETE for a request for
 * information, the only clause that fits it.
 */
export function defaultClauses(
  kind: DecisionKind,
  rec: { outcome: Outcome | null; clauses: readonly ClauseId[] },
): ClauseId[] {
  if (kind === recommendedKind(rec.outcome)) return [...rec.clauses];
  return kind === "request_info" ? ["REQ-INCOMPLETE"] : [];
}

/** Every clause, those that fit the outcome first (in catalogue order), for the picker. */
export function clauseChoices(kind: DecisionKind): { id: ClauseId; fits: boolean }[] {
  const all = CLAUSE_IDS.map((id) => ({ id, fits: FITTING[kind].includes(getClause(id).kind) }));
  return [...all.filter((c) => c.fits), ...all.filter((c) => !c.fits)];
}
