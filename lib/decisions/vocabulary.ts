/**
 * The decision words the browser needs (the decision form) with no database code attached:
 * db/schema/enums.ts builds its pgEnum from these, never the other way round.
 */
export const DECISION_KINDS = ["approve", "partial", "deny", "request_info"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
