import { addCalendarMonth, addWorkingDays, type Calendar } from "./calendar";
import type { ParsedPolicyCase } from "./schema";
import type { Finding } from "./rules/finding";
import { at } from "./rules/finding";
import type { PolicyDeadlines, PolicyResult } from "./types";
import type { Destination } from "./vocabulary";
import { formatWallTime } from "./zoned-time";

export const REVIEW_WORKING_DAYS = 2;
export const BALANCE_WORKING_DAYS = 5;

export interface DeadlineInput {
  /** False while REQ-INCOMPLETE holds: the review clock has not started. */
  complete: boolean;
  /** Where money goes, or null when nothing is paid. */
  destination: Destination | null;
  waitUntil: number | null;
}

/**
 * When money decided at `decidedAt` must reach the customer: SLA-BALANCE-5WD (5 working days) on
 * the balance, SLA-DIRECT-1M (one calendar month) paid directly. The engine's payoutBy, a
 * decision's payout and the deadlines a new calendar moves all count it here.
 */
export function payoutDueBy(
  destination: Destination,
  decidedAt: number,
  calendar: Calendar,
): number {
  return destination === "direct"
    ? addCalendarMonth(decidedAt, calendar)
    : addWorkingDays(decidedAt, BALANCE_WORKING_DAYS, calendar);
}

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

/** The case's instants the deadlines count from. */
type DeadlineCase = {
  now: ParsedPolicyCase["now"];
  request: Pick<ParsedPolicyCase["request"], "receivedAt" | "completedAt">;
};

/** SLA-REVIEW-2WD, SLA-BALANCE-5WD, SLA-DIRECT-1M; payoutBy assumes the decision is taken at now. */
export function computeDeadlines(
  policyCase: DeadlineCase,
  calendar: Calendar,
  input: DeadlineInput,
): { deadlines: PolicyDeadlines; findings: Finding[] } {
  const completedAt = policyCase.request.completedAt ?? policyCase.request.receivedAt;
  const now = at(policyCase.now);
  const tz = calendar.timeZone;
  const reviewBy = input.complete
    ? addWorkingDays(at(completedAt), REVIEW_WORKING_DAYS, calendar)
    : null;
  const balanceBy = input.destination === "balance" ? payoutDueBy("balance", now, calendar) : null;
  const directBy = input.destination === "direct" ? payoutDueBy("direct", now, calendar) : null;
  const findings: Finding[] = [
    {
      id: "SLA-REVIEW-2WD",
      matched: reviewBy !== null,
      fact:
        reviewBy === null
          ? "the review clock has not started: the request is incomplete"
          : `review by ${formatWallTime(reviewBy, tz)}, 2 working days after the complete request arrived at ${formatWallTime(at(completedAt), tz)}`,
    },
    {
      id: "SLA-BALANCE-5WD",
      matched: balanceBy !== null,
      fact:
        balanceBy === null
          ? "nothing is credited to the balance"
          : `credit the balance by ${formatWallTime(balanceBy, tz)}, 5 working days after now`,
    },
    {
      id: "SLA-DIRECT-1M",
      matched: directBy !== null,
      fact:
        directBy === null
          ? "nothing is paid directly"
          : `pay the client by ${formatWallTime(directBy, tz)}, one calendar month after now`,
    },
  ];
  return {
    deadlines: {
      reviewBy: iso(reviewBy),
      payoutBy: iso(balanceBy ?? directBy),
      waitUntil: iso(input.waitUntil),
    },
    findings,
  };
}

/**
 * An evaluated case's deadlines under another calendar. The calendar moves nothing else: no rule
 * reads it (only the deadlines and the explanation's dates do), so a whole re-evaluation is not
 * needed to see what a calendar change does (a property test holds the engine to this).
 */
export function deadlinesUnder(
  result: Pick<PolicyResult, "missing" | "destination" | "deadlines">,
  policyCase: DeadlineCase,
  calendar: Calendar,
): PolicyDeadlines {
  const { waitUntil } = result.deadlines;
  return computeDeadlines(policyCase, calendar, {
    complete: result.missing.length === 0,
    destination: result.destination,
    waitUntil: waitUntil === null ? null : Date.parse(waitUntil),
  }).deadlines;
}
