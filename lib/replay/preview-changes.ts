import type { CaseFacts } from "@/db/queries/replay/case-facts";
import type { OpenPayout, StoredEvaluation } from "@/db/queries/replay/preview-scope";
import { ENGINE_VERSION, evaluate, parsePolicyCase, type Calendar } from "@/lib/policy";
import { deadlinesUnder, payoutDueBy } from "@/lib/policy/deadlines";
import { computeEvaluation, reviewDeadline } from "@/lib/requests/compute-evaluation";
import {
  diffSnapshots,
  snapshotOf,
  type ReplayChange,
  type ReplaySnapshot,
} from "./diff-snapshots";

/** One request's two sides, or the change that says it could not be compared. */
export type Compared =
  { before: ReplaySnapshot; after: ReplaySnapshot } | { unreadable: ReplayChange };

/** The fields that differ between the two sides (the diff step, timed apart from evaluation). */
export function changesOf(c: Compared): ReplayChange[] {
  return "unreadable" in c ? [c.unreadable] : diffSnapshots(c.before, c.after);
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Pure. An open request (to review, awaiting the customer) evaluated at `now` with the saved
 * calendar, and its deadlines under the edited one, on the same facts: what the replay would
 * change once the calendar is saved, and nothing that time alone changes. The engine runs once:
 * a calendar moves only the deadlines (deadlinesUnder, held to it by the engine's property test).
 */
export function compareOpenRequest(
  facts: CaseFacts,
  calendars: { before: Calendar; after: Calendar },
  now: Date,
): Compared {
  const e = computeEvaluation({ ...facts, calendar: calendars.before, now });
  const deadlines = deadlinesUnder(e.result, e.input, calendars.after);
  const before = snapshotOf(e.result, iso(e.recommendation.reviewBy));
  return {
    before,
    after: {
      ...before,
      reviewBy: iso(reviewDeadline(facts.request.missing, deadlines)),
      payoutBy: deadlines.payoutBy,
    },
  };
}

const NOTHING: ReplaySnapshot = {
  outcome: null,
  amountMinor: null,
  currency: null,
  destination: null,
  clauses: [],
  reviewBy: null,
  payoutBy: null,
};

/**
 * Pure. A decided request keeps its decision; what a new calendar moves is the deadline of the
 * payouts it still owes (the earliest, as its SLA badge shows), counted from each payout's
 * creation as saving the calendar recounts it (recompute-deadlines).
 */
export function compareDecidedRequest(
  payouts: readonly OpenPayout[],
  calendars: { before: Calendar; after: Calendar },
): Compared {
  const earliest = (calendar: Calendar) =>
    payouts.length === 0
      ? null
      : new Date(
          Math.min(
            ...payouts.map((p) => payoutDueBy(p.destination, p.createdAt.getTime(), calendar)),
          ),
        ).toISOString();
  return {
    before: { ...NOTHING, payoutBy: earliest(calendars.before) },
    after: { ...NOTHING, payoutBy: earliest(calendars.after) },
  };
}

/**
 * Pure. A request's latest stored evaluation against today's engine on the same input (its
 * facts, calendar and instant as then): what the engine change alone moves. An input today's
 * engine cannot read is one change of its own, "evaluation", naming the first issue.
 */
export function compareWithEngine(stored: StoredEvaluation): Compared {
  try {
    return { before: snapshotOf(stored.result), after: snapshotOf(evaluate(stored.input)) };
  } catch (err) {
    const parsed = parsePolicyCase(stored.input);
    if (parsed.ok) throw err;
    const issue = parsed.issues[0]!;
    return {
      unreadable: {
        field: "evaluation",
        before: `engine ${stored.engineVersion}`,
        after: `engine ${ENGINE_VERSION} cannot read the stored input: ${issue.path}: ${issue.message}`,
        currency: null,
      },
    };
  }
}
