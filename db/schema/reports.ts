import {
  bigint,
  char,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
  boolean,
} from "drizzle-orm/pg-core";
import { claimEnum, decisionKindEnum } from "./enums";

/*
 * Report rollups (migration 0020): per day, the counts and sums the managers'
 * reports read, kept exact by triggers on decisions, payouts and
 * ledger_entries in the transaction that writes them, and rebuilt from those
 * tables by report_rollups_rebuild(). Only triggers write them.
 */

/** Decisions per day and every dimension the reports group or filter by. */
export const reportDecisionsDaily = pgTable(
  "report_decisions_daily",
  {
    day: date("day").notNull(),
    decidedBy: uuid("decided_by").notNull(),
    kind: decisionKindEnum("kind").notNull(),
    override: boolean("override").notNull(),
    /** Not superseded by a later decision. */
    inForce: boolean("in_force").notNull(),
    /** SLA-REVIEW-2WD of a request's first decision: met / missed; null otherwise. */
    reviewSla: text("review_sla"),
    productKind: text("product_kind"),
    claim: claimEnum("claim"),
    currency: char("currency", { length: 3 }),
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_decisions_daily_key")
      .on(
        t.day,
        t.decidedBy,
        t.kind,
        t.override,
        t.inForce,
        t.reviewSla,
        t.productKind,
        t.claim,
        t.currency,
      )
      .nullsNotDistinct(),
    index("report_decisions_daily_day_idx").on(t.day),
  ],
);

/** Clause citations per day (a decision counts once under each clause it cites). */
export const reportDecisionClausesDaily = pgTable(
  "report_decision_clauses_daily",
  {
    day: date("day").notNull(),
    decidedBy: uuid("decided_by").notNull(),
    kind: decisionKindEnum("kind").notNull(),
    clause: text("clause").notNull(),
    override: boolean("override").notNull(),
    inForce: boolean("in_force").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_decision_clauses_daily_key").on(
      t.day,
      t.decidedBy,
      t.kind,
      t.clause,
      t.override,
      t.inForce,
    ),
    index("report_decision_clauses_daily_day_idx").on(t.day),
  ],
);

/** Decision payouts done per day of the payout: by its due date (met) or after (late). */
export const reportPayoutsDaily = pgTable(
  "report_payouts_daily",
  {
    day: date("day").notNull(),
    decidedBy: uuid("decided_by").notNull(),
    destination: text("destination").notNull(),
    sla: text("sla").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    unique("report_payouts_daily_key").on(t.day, t.decidedBy, t.destination, t.sla),
    index("report_payouts_daily_day_idx").on(t.day),
  ],
);

/** refunds_expense movements per day, currency, destination and deciding reviewer (null: no decision). */
export const reportRefundsDaily = pgTable(
  "report_refunds_daily",
  {
    day: date("day").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    destination: text("destination").notNull(),
    decidedBy: uuid("decided_by"),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
    postings: integer("postings").notNull(),
  },
  (t) => [
    unique("report_refunds_daily_key")
      .on(t.day, t.currency, t.destination, t.decidedBy)
      .nullsNotDistinct(),
    index("report_refunds_daily_day_idx").on(t.day),
  ],
);

/**
 * Requests created per day (UTC), for the reports that divide by the requests that arrived (the
 * extraction correction rate). Kept by a trigger on refund_requests (migration 0023); like the tab
 * counters, each day has up to 16 rows picked by the writing connection, so concurrent ingestion
 * does not queue on one row. Readers sum them.
 */
export const reportRequestsDaily = pgTable(
  "report_requests_daily",
  {
    day: date("day").notNull(),
    shard: smallint("shard").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.shard] })],
);
