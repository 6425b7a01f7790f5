import type { ReplayField } from "@/db/schema/replay-previews";
import type { PolicyResult } from "@/lib/policy";
import type { Destination, Outcome } from "@/lib/policy/vocabulary";

/** What a request's evaluation says, in the fields a replay preview compares. */
export type ReplaySnapshot = {
  outcome: Outcome | null;
  amountMinor: number | null;
  currency: string | null;
  destination: Destination | null;
  /** The deciding clauses, the first deciding. */
  clauses: readonly string[];
  /** ISO instants; null when the deadline does not run. */
  reviewBy: string | null;
  payoutBy: string | null;
};

/** One field that moves: its value before and after as text (see replay_preview_changes). */
export type ReplayChange = {
  field: ReplayField;
  before: string | null;
  after: string | null;
  currency: string | null;
};

/** A snapshot of a policy result; `reviewBy` overrides the engine's where the app narrows it (evaluate-request). */
export function snapshotOf(
  result: Pick<
    PolicyResult,
    "outcome" | "amountMinor" | "currency" | "destination" | "clauses" | "deadlines"
  >,
  reviewBy: string | null = result.deadlines.reviewBy,
): ReplaySnapshot {
  return {
    outcome: result.outcome,
    amountMinor: result.amountMinor,
    currency: result.amountMinor === null ? null : result.currency,
    destination: result.destination,
    clauses: result.clauses,
    reviewBy,
    payoutBy: result.deadlines.payoutBy,
  };
}

/** The same instant however it was written ("…Z" from JS, "+00:00" from PostgreSQL). */
const sameInstant = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
const clauseSet = (c: readonly string[]) => [...c].sort().join(" ");
const text = (v: number | string | null) => (v === null ? null : String(v));

/**
 * Pure: the fields that differ between two snapshots of one request, in a fixed order. Clauses
 * compare as a set (the replay's own rule: a reordering is not a new recommendation) and are
 * written in the engine's order; an amount differs by its minor units or its currency.
 */
export function diffSnapshots(before: ReplaySnapshot, after: ReplaySnapshot): ReplayChange[] {
  const out: ReplayChange[] = [];
  const add = (field: ReplayField, b: string | null, a: string | null) =>
    out.push({ field, before: b, after: a, currency: null });
  if (before.outcome !== after.outcome) add("outcome", before.outcome, after.outcome);
  if (before.amountMinor !== after.amountMinor || before.currency !== after.currency)
    out.push({
      field: "amount",
      before: text(before.amountMinor),
      after: text(after.amountMinor),
      currency: after.currency ?? before.currency,
    });
  if (before.destination !== after.destination)
    add("destination", before.destination, after.destination);
  if (clauseSet(before.clauses) !== clauseSet(after.clauses))
    add("clauses", before.clauses.join(" ") || null, after.clauses.join(" ") || null);
  if (!sameInstant(before.reviewBy, after.reviewBy))
    add("review_by", before.reviewBy, after.reviewBy);
  if (!sameInstant(before.payoutBy, after.payoutBy))
    add("payout_by", before.payoutBy, after.payoutBy);
  return out;
}
