import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, money, tstz, updatedAt } from "./columns";
import { customers } from "./customers";
import {
  attentionEnum,
  claimEnum,
  destinationEnum,
  outcomeEnum,
  paymentDetailKindEnum,
  requestStatusEnum,
} from "./enums";
import { orders } from "./orders";
import { users } from "./users";
import type { Calendar, PolicyCase, PolicyResult } from "@/lib/policy";
import type { RequiredItem } from "@/lib/policy/vocabulary";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const refundRequests = pgTable(
  "refund_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Human reference quoted in subjects, e.g. RR-2026-000123. */
    ref: text("ref").notNull().unique(),
    customerId: uuid("customer_id").references(() => customers.id),
    orderId: uuid("order_id").references(() => orders.id),
    status: requestStatusEnum("status").notNull(),
    fromAddress: text("from_address").notNull(),
    subject: text("subject").notNull(),
    serviceName: text("service_name"),
    productKind: text("product_kind"),
    claim: claimEnum("claim").notNull().default("other"),
    /**
     * The claim classifier's confidence (0–1) when the claim came from an email; below the
     * extraction's CLAIM_THRESHOLD the claim was not recognised. Null once a reviewer set the claim.
     */
    claimConfidence: real("claim_confidence"),
    reasonText: text("reason_text"),
    amountRequestedMinor: money("amount_requested_minor"),
    currency: char("currency", { length: 3 }),
    directRequested: boolean("direct_requested").notNull().default(false),
    paymentDetailKind: paymentDetailKindEnum("payment_detail_kind"),
    paymentDetailMasked: text("payment_detail_masked"),
    /** Full payment details, AES-256-GCM with the key from env; never shown. */
    paymentDetailSealed: text("payment_detail_sealed"),
    phoneNumbers: text("phone_numbers")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    orderRefs: text("order_refs")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    language: char("language", { length: 2 }),
    missing: text("missing")
      .array()
      .$type<RequiredItem[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    receivedAt: tstz("received_at").notNull(),
    /** REQ-INCOMPLETE: the review clock starts at the message that completed it. */
    completedAt: tstz("completed_at"),
    reviewBy: tstz("review_by"),
    assigneeId: uuid("assignee_id").references(() => users.id),
    /** Latest policy recommendation, denormalised for the queue. */
    recOutcome: outcomeEnum("rec_outcome"),
    recAmountMinor: money("rec_amount_minor"),
    recDestination: destinationEnum("rec_destination"),
    recClauses: text("rec_clauses")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    customerMatched: boolean("customer_matched").notNull().default(false),
    /** Back in the queue with a flag: a failed payout, a rejected approval, a reopened decision. */
    attention: attentionEnum("attention"),
    /** The provider's reason, the approver's note, or the manager's reopening reason. */
    attentionNote: text("attention_note"),
    /** Optimistic concurrency: every write bumps it. */
    version: integer("version").notNull().default(1),
    searchText: tsvector("search_text"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("refund_requests_customer_idx").on(t.customerId),
    index("refund_requests_order_idx").on(t.orderId),
    // "Mine" and "unassigned" within a tab are one range of this index (status included), counted or listed
    // without walking a tab whose requests are all assigned, or all someone else's.
    index("refund_requests_assignee_idx").on(t.assigneeId, t.status),
    index("refund_requests_status_due_idx").on(t.status, t.reviewBy, t.id),
    index("refund_requests_status_received_idx").on(t.status, t.receivedAt, t.id),
    index("refund_requests_search_idx").using("gin", t.searchText),
    // The queue's search by email address (an equality on the lower-cased sender).
    index("refund_requests_from_lower_idx").on(sql`lower(${t.fromAddress})`),
    check(
      "refund_requests_amount_nonneg",
      sql`${t.amountRequestedMinor} IS NULL OR ${t.amountRequestedMinor} >= 0`,
    ),
    check(
      "refund_requests_rec_amount_nonneg",
      sql`${t.recAmountMinor} IS NULL OR ${t.recAmountMinor} >= 0`,
    ),
    check(
      "refund_requests_claim_confidence_range",
      sql`${t.claimConfidence} IS NULL OR (${t.claimConfidence} >= 0 AND ${t.claimConfidence} <= 1)`,
    ),
    check("refund_requests_ref_format", sql`${t.ref} ~ '^RR-[0-9]{4}-[0-9]{6,}$'`),
    // SLA-REVIEW-2WD: the clock starts when the request (or the message completing it) arrives. The
    // queue relies on it: a filter on arrival from a date bounds the due order it walks.
    check(
      "refund_requests_review_after_received",
      sql`${t.reviewBy} IS NULL OR ${t.reviewBy} >= ${t.receivedAt}`,
    ),
  ],
);
export type RefundRequest = typeof refundRequests.$inferSelect;
export type NewRefundRequest = typeof refundRequests.$inferInsert;

/** Every policy evaluation with the calendar and engine version it used. */
export const policyEvaluations = pgTable(
  "policy_evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    evaluatedAt: tstz("evaluated_at").notNull().defaultNow(),
    engineVersion: text("engine_version").notNull(),
    calendar: jsonb("calendar").$type<Calendar>().notNull(),
    input: jsonb("input").$type<PolicyCase>().notNull(),
    result: jsonb("result").$type<PolicyResult>().notNull(),
  },
  (t) => [index("policy_evaluations_request_idx").on(t.requestId, t.evaluatedAt)],
);
export type PolicyEvaluation = typeof policyEvaluations.$inferSelect;
