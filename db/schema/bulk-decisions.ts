import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { decisionKindEnum } from "./enums";
import { decisions } from "./decisions";
import { refundRequests } from "./requests";
import { users } from "./users";

/** One "decide these as recommended" action: identical clear-cut recommendations, decided at once. */
export const bulkDecisions = pgTable(
  "bulk_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    kind: decisionKindEnum("kind").notNull(),
    clauses: text("clauses").array().notNull(),
    count: integer("count").notNull(),
    /** The share (0–100 %) of this batch set aside for a second reviewer's look. */
    samplePercent: integer("sample_percent").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("bulk_decisions_decided_by_idx").on(t.decidedBy),
    check("bulk_decisions_sample_percent", sql`${t.samplePercent} BETWEEN 0 AND 100`),
  ],
);

/**
 * Each decision of a bulk action. `sampledForReview` is the hook for the managers' quality
 * sampling (a second reviewer's verdict): the decisions a bulk action set aside for it.
 */
export const bulkDecisionItems = pgTable(
  "bulk_decision_items",
  {
    bulkId: uuid("bulk_id")
      .notNull()
      .references(() => bulkDecisions.id),
    decisionId: uuid("decision_id")
      .primaryKey()
      .references(() => decisions.id),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    sampledForReview: boolean("sampled_for_review").notNull(),
  },
  (t) => [
    index("bulk_decision_items_bulk_idx").on(t.bulkId),
    index("bulk_decision_items_request_idx").on(t.requestId),
    index("bulk_decision_items_sampled_idx")
      .on(t.decisionId)
      .where(sql`${t.sampledForReview}`),
  ],
);
export type BulkDecisionItem = typeof bulkDecisionItems.$inferSelect;
