import type { Calendar } from "./calendar";
import type { ClauseId } from "./clauses";
import type { Destination, Outcome, RequiredItem } from "./vocabulary";

/** Bump on any change that can alter a result; decisions store it. */
export const ENGINE_VERSION = "2026.12.1";

/** Marks for the reviewer beyond the outcome itself. */
export const POLICY_FLAGS = ["auto_refund_missed"] as const;
export type PolicyFlag = (typeof POLICY_FLAGS)[number];

/** One clause the engine checked, and the fact that decided it either way. */
export interface ConsideredClause {
  id: ClauseId;
  matched: boolean;
  /** Human-readable fact, e.g. "the outage lasted 26 h 0 min inside the paid period". */
  fact: string;
}

export interface PolicyDeadlines {
  /** SLA-REVIEW-2WD: completedAt + 2 working days; null while the request is incomplete. */
  reviewBy: string | null;
  /** SLA-BALANCE-5WD or SLA-DIRECT-1M from `now`; null when nothing is paid. */
  payoutBy: string | null;
  /** For `wait`: when to look again; null otherwise. */
  waitUntil: string | null;
}

/** What the case would get if it were complete (shown with needs_info). */
export interface ProvisionalResult {
  outcome: Outcome;
  amountMinor: number | null;
  destination: Destination | null;
  clauses: ClauseId[];
}

export interface PolicyResult {
  engineVersion: string;
  outcome: Outcome;
  /** Null unless the outcome pays (approve, partial). */
  destination: Destination | null;
  /** The policy's figure in minor units; null unless the outcome pays. */
  amountMinor: number | null;
  currency: string;
  /** The clauses that decided it; the first is the deciding one. */
  clauses: ClauseId[];
  /** Every clause checked, matched or not, in catalogue order. */
  considered: ConsideredClause[];
  /** REQ-INCOMPLETE: the items the request lacks (empty unless needs_info). */
  missing: RequiredItem[];
  /**
   * For needs_info: the evaluation of what was given. For manual_review with no matched order:
   * the denial the claim points to, given once a reviewer links the order. Null otherwise.
   */
  provisional: ProvisionalResult | null;
  /** PAY-NO-REFUND-METHOD: a direct refund to a method that cannot take refunds. */
  alternativeRefundRequired: boolean;
  flags: PolicyFlag[];
  /** Facts that contradict each other; non-empty means manual_review unless the gate or a bar decided first. */
  contradictions: string[];
  deadlines: PolicyDeadlines;
  /** Ordered sentences a reviewer can read aloud to the customer. */
  explanation: string[];
  /** The calendar the deadlines were computed with. */
  calendar: Calendar;
}
