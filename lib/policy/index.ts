/** The refund policy engine: pure, no database, no Next.js, no clock. */
export { evaluate } from "./evaluate";
export { policyCaseSchema, parsePolicyCase, formatIssuePath } from "./schema";
export type {
  PolicyCase,
  ParsedPolicyCase,
  PolicyOrder,
  PolicyOutage,
  PolicyIssue,
  ParsePolicyCaseResult,
} from "./schema";
export { ENGINE_VERSION, POLICY_FLAGS } from "./types";
export type {
  PolicyResult,
  PolicyDeadlines,
  ConsideredClause,
  ProvisionalResult,
  PolicyFlag,
} from "./types";
export { CLAUSES, CLAUSE_IDS, CLAUSE_KINDS, getClause } from "./clauses";
export type { Clause, ClauseId, ClauseKind } from "./clauses";
export { POLICY_NOTES } from "./policy-notes";
export type { PolicyNote } from "./policy-notes";
export { INTERPRETATIONS, CLAIM_ORDER_KINDS, CLAIM_DENIALS } from "./interpretations";
export type { Interpretation } from "./interpretations";
export {
  calendarSchema,
  DEFAULT_CALENDAR,
  addWorkingDays,
  addCalendarMonth,
  isWorkingDay,
} from "./calendar";
export type { Calendar, CalendarInput } from "./calendar";
export { proRataMinor, formatMinor } from "./money";
export { mergeIntervals, clipIntervals, measureOutages, OUTAGE_THRESHOLD_MS } from "./outages";
export type { Interval, OutageMeasure } from "./outages";
export { runPolicyCli } from "./run-cli";
export type { CliOutput } from "./run-cli";
