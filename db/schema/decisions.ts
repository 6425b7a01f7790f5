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
import { decisionKindEnum, destinationEnum, payoutStateEnum } from "./enums";
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
    createdAt: createdAt(),
  },
  (t) => [
    index("decisions_request_idx").on(t.requestId, t.createdAt),
    index("decisions_decided_by_idx").on(t.decidedBy),
    index("decisions_supersedes_idx").on(t.supersedesId),
    check("decisions_amount_nonneg", sql`${t.amountMinor} IS NULL OR ${t.amountMinor} >= 0`),
    check(
      "decisions_override_justified",
      sql`NOT ${t.override} OR coalesce(length(${t.justification}), 0) > 0`,
    ),
  ],
);
export type Decision = typeof decisions.$inferSelect;

/** What the money capability must carry out for an approved decision. */
export const payoutInstructions = pgTable(
  "payout_instructions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    amountMinor: money("amount_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    destination: destinationEnum("destination").notNull(),
    alternativeMethod: text("alternative_method"),
    dueBy: tstz("due_by").notNull(),
    state: payoutStateEnum("state").notNull().default("pending"),
    createdAt: createdAt(),
    completedAt: tstz("completed_at"),
  },
  (t) => [
    index("payout_instructions_decision_idx").on(t.decisionId),
    index("payout_instructions_request_idx").on(t.requestId),
    index("payout_instructions_state_due_idx").on(t.state, t.dueBy),
    check("payout_instructions_amount_pos", sql`${t.amountMinor} > 0`),
  ],
);
export type PayoutInstruction = typeof payoutInstructions.$inferSelect;
