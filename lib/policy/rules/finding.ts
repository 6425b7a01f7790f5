import type { ClauseId } from "../clauses";
import type { PolicyFlag } from "../types";

/** A clause the engine checked, and the fact that decided it either way. */
export interface Finding {
  id: ClauseId;
  matched: boolean;
  fact: string;
}

/** What a matched entitlement gives: money, or a state to answer with instead. */
export interface Award {
  /** The policy's figure, 0 < amount ≤ paid. */
  amountMinor: number;
  /** VN-DIRECT-*: may be paid directly when the client asked personally. */
  allowsDirect: boolean;
  /** Answer with this state instead of paying (DISP-AUTO-NO-SMS). */
  hold: Hold | null;
  flags: PolicyFlag[];
}

export type Hold =
  { outcome: "wait"; waitUntil: number } | { outcome: "already_refunded"; refundedAt: number };

export interface EntitlementFinding extends Finding {
  /** Present exactly when matched. */
  award: Award | null;
}

export function miss(id: ClauseId, fact: string): EntitlementFinding {
  return { id, matched: false, fact, award: null };
}

export function grant(
  id: ClauseId,
  fact: string,
  award: Partial<Award> & Pick<Award, "amountMinor">,
): EntitlementFinding {
  return {
    id,
    matched: true,
    fact,
    award: { allowsDirect: false, hold: null, flags: [], ...award },
  };
}

/** Epoch milliseconds of an ISO instant the schema already validated. */
export function at(iso: string): number {
  return Date.parse(iso);
}

/** "26 h 0 min", "24 h 0 min 0.001 s": exact enough to show a boundary. */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(ms / 60_000);
  const rest = ms - totalMinutes * 60_000;
  const text = `${Math.floor(totalMinutes / 60)} h ${totalMinutes % 60} min`;
  return rest === 0 ? text : `${text} ${(rest / 1000).toFixed(3).replace(/\.?0+$/, "")} s`;
}
