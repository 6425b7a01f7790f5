import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  pgTable,
  text,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { createdAt, money, tstz } from "./columns";
import { claimEnum, decisionKindEnum, destinationEnum, outcomeEnum } from "./enums";
import { refundRequests } from "./requests";
import { users } from "./users";

/** Append-only: a later decision supersedes an earlier one, never edits it. */
export const decisions = pgTable(
  "decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    kind: decisionKindEnum("kind").notNull(),
    amountMinor: money("amount_minor"),
    currency: char("currency", { length: 3 }),
    destination: destinationEnum("destination"),
    clauses: text("clauses").array().notNull(),
    note: text("note").notNull(),
    override: boolean("override").notNull().default(false),
    justification: text("justification"),
    /** PAY-NO-REFUND-METHOD: the alternative the reviewer chose. */
    alternativeMethod: text("alternative_method"),
    supersedesId: uuid("supersedes_id").references((): AnyPgColumn => decisions.id),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    evaluationId: uuid("evaluation_id"),
    /** The policy's recommendation when the decision was taken (the request's may change later). */
    recOutcome: outcomeEnum("rec_outcome"),
    /** The decision's outcome is the one the policy recommended; null when the policy left it to the reviewer. */
    agrees: boolean("agrees"),
    /** SLA-REVIEW-2WD: the review deadline in force when the decision was taken; null when the clock had not started. */
    reviewDueBy: tstz("review_due_by"),
    /** The request's product and claim when the decision was taken (what the reports count it under). */
    productKind: text("product_kind"),
    claim: claimEnum("claim"),
    createdAt: createdAt(),
  },
  (t) => [
    index("decisions_request_idx").on(t.requestId, t.createdAt),
    // The decisions view pages newest first by (created_at, id), and most filters narrow by one column first.
    index("decisions_created_idx").on(t.createdAt, t.id),
    index("decisions_decided_by_idx").on(t.decidedBy, t.createdAt, t.id),
    index("decisions_kind_created_idx").on(t.kind, t.createdAt, t.id),
    index("decisions_override_created_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.override}`),
    // SLA-REVIEW-2WD missed: late decisions are old ones, so walking every decision from the newest would
    // pass all the recent ones (more each day as history grows) before the first late one.
    index("decisions_review_missed_created_idx")
      .on(t.createdAt, t.id)
      .where(sql`${t.createdAt} > ${t.reviewDueBy}`),
    // A currency seen on few decisions is found from here, not by walking every newer decision.
    index("decisions_currency_created_idx").on(t.currency, t.createdAt, t.id),
    index("decisions_clauses_idx").using("gin", t.clauses),
    // Only reopened decisions are superseded: the index holds those few, not a NULL per decision.
    index("decisions_supersedes_idx")
      .on(t.supersedesId)
      .where(sql`${t.supersedesId} IS NOT NULL`),
    check("decisions_amount_nonneg", sql`${t.amountMinor} IS NULL OR ${t.amountMinor} >= 0`),
    check(
      "decisions_override_justified",
      sql`NOT ${t.override} OR coalesce(length(${t.justification}), 0) > 0`,
    ),
  ],
);
export type Decision = typeof decisions.$inferSelect;

/**
 * A manager reopening a recorded decision, with the reason. The decision
 * stays; the next decision on the request supersedes it, and money already
 * moved is reversed or topped up through the ledger for the difference.
 */
export const decisionReopenings = pgTable(
  "decision_reopenings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id),
    reopenedBy: uuid("reopened_by")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("decision_reopenings_request_idx").on(t.requestId, t.createdAt),
    index("decision_reopenings_decision_idx").on(t.decisionId),
    index("decision_reopenings_reopened_by_idx").on(t.reopenedBy),
    check("decision_reopenings_reason", sql`length(trim(${t.reason})) >= 3`),
  ],
);
export type DecisionReopening = typeof decisionReopenings.$inferSelect;
