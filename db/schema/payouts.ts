import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, money, tstz, updatedAt } from "./columns";
import { customers } from "./customers";
import { decisions } from "./decisions";
import { approvalStageEnum, destinationEnum, payoutSourceEnum, payoutStateEnum } from "./enums";
import { orders } from "./orders";
import { refundRequests } from "./requests";
import { users } from "./users";

/**
 * Money a decision (or the disposable job) owes a customer, and how far it
 * has moved. Every state change is one transaction with its ledger posting,
 * its payout_events row and its audit entry. The order's cap is kept by a
 * trigger (orders.refund_committed_minor ≤ paid_minor, migration 0015).
 */
export const payouts = pgTable(
  "payouts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    source: payoutSourceEnum("source").notNull(),
    /** Null only for the automatic disposable refunds. */
    decisionId: uuid("decision_id").references(() => decisions.id),
    requestId: uuid("request_id").references(() => refundRequests.id),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    amountMinor: money("amount_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    destination: destinationEnum("destination").notNull(),
    /** PAY-NO-REFUND-METHOD: the alternative the reviewer recorded (shown text). */
    alternativeMethod: text("alternative_method"),
    /**
     * The requisites an alternative payout goes to, sealed (AES-256-GCM) as
     * on the request when the decision was taken, so a later correction of
     * the request does not redirect an approved payout.
     */
    alternativeDetailsSealed: text("alternative_details_sealed"),
    alternativeDetailsMasked: text("alternative_details_masked"),
    state: payoutStateEnum("state").notNull().default("pending"),
    /** SLA-BALANCE-5WD / SLA-DIRECT-1M from the decision's time. */
    dueBy: tstz("due_by").notNull(),
    /** Four-eyes: why an approval is needed, and when in the flow it is asked. */
    approvalStage: approvalStageEnum("approval_stage"),
    approvalReasons: text("approval_reasons")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    approvalBy: uuid("approval_by").references(() => users.id),
    approvalAt: tstz("approval_at"),
    approvalApproved: boolean("approval_approved"),
    approvalNote: text("approval_note"),
    /** Provider sends so far; the provider's idempotency key is `payout:<id>:<attempt>`. */
    attempt: integer("attempt").notNull().default(0),
    provider: text("provider"),
    providerRefundId: text("provider_refund_id"),
    /** The provider's reason for a failure, safe to show. */
    failureReason: text("failure_reason"),
    /** Taken back by a later decision (reopen), by reversal or into recovery. */
    reversedMinor: money("reversed_minor").notNull().default(0),
    creditedAt: tstz("credited_at"),
    sentAt: tstz("sent_at"),
    settledAt: tstz("settled_at"),
    failedAt: tstz("failed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("payouts_decision_idx").on(t.decisionId),
    index("payouts_request_idx").on(t.requestId),
    index("payouts_order_idx").on(t.orderId),
    index("payouts_customer_idx").on(t.customerId),
    index("payouts_approval_by_idx").on(t.approvalBy),
    index("payouts_state_due_idx").on(t.state, t.dueBy),
    // DISP-AUTO-NO-SMS: one automatic refund per activation, however many workers run the job.
    uniqueIndex("payouts_one_automatic_per_order_uq")
      .on(t.orderId)
      .where(sql`${t.source} = 'automatic'`),
    check("payouts_amount_pos", sql`${t.amountMinor} > 0`),
    check(
      "payouts_reversed_range",
      sql`${t.reversedMinor} >= 0 AND ${t.reversedMinor} <= ${t.amountMinor}`,
    ),
    check("payouts_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("payouts_source_links", sql`(${t.source} = 'automatic') = (${t.decisionId} IS NULL)`),
    check(
      "payouts_automatic_to_balance",
      sql`${t.source} <> 'automatic' OR ${t.destination} = 'balance'`,
    ),
  ],
);
export type Payout = typeof payouts.$inferSelect;
export type NewPayout = typeof payouts.$inferInsert;

/** Each state change of a payout, who or which job made it, and why: its timeline. Append-only. */
export const payoutEvents = pgTable(
  "payout_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    payoutId: uuid("payout_id")
      .notNull()
      .references(() => payouts.id),
    at: tstz("at").notNull().defaultNow(),
    fromState: payoutStateEnum("from_state"),
    toState: payoutStateEnum("to_state").notNull(),
    actorId: uuid("actor_id").references(() => users.id),
    actorJob: text("actor_job"),
    note: text("note"),
    data: jsonb("data").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("payout_events_payout_idx").on(t.payoutId, t.id),
    index("payout_events_actor_idx").on(t.actorId),
  ],
);
export type PayoutEvent = typeof payoutEvents.$inferSelect;

/** Provider webhook events already applied: a replayed event changes nothing. */
export const providerEvents = pgTable("provider_events", {
  eventId: text("event_id").primaryKey(),
  provider: text("provider").notNull(),
  payoutId: uuid("payout_id").references(() => payouts.id),
  receivedAt: tstz("received_at").notNull().defaultNow(),
});

/**
 * What each run of a money job did (the disposable job's runs are shown to
 * managers). A report, not a queue: pg-boss holds the jobs themselves.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    job: text("job").notNull(),
    startedAt: tstz("started_at").notNull(),
    finishedAt: tstz("finished_at").notNull().defaultNow(),
    ok: boolean("ok").notNull(),
    report: jsonb("report").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index("job_runs_job_idx").on(t.job, t.startedAt)],
);
export type JobRun = typeof jobRuns.$inferSelect;
