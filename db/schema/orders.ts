import { sql } from "drizzle-orm";
import { bigserial, boolean, char, check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, money, tstz } from "./columns";
import { customers, paymentMethods } from "./customers";
import {
  notProvidedCauseEnum,
  orderKindEnum,
  orderLabelEnum,
  orderStatusEnum,
  outageCauseEnum,
} from "./enums";

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Reference customers quote, e.g. ORD-100042. */
    ref: text("ref").notNull().unique(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    paymentMethodId: uuid("payment_method_id").references(() => paymentMethods.id),
    kind: orderKindEnum("kind").notNull(),
    label: orderLabelEnum("label"),
    serviceName: text("service_name").notNull(),
    /** E.164; null for top-ups. */
    phoneNumber: text("phone_number"),
    country: char("country", { length: 2 }),
    city: text("city"),
    paidMinor: money("paid_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    periodStart: tstz("period_start").notNull(),
    periodEnd: tstz("period_end").notNull(),
    status: orderStatusEnum("status").notNull().default("active"),
    statusAt: tstz("status_at"),
    notProvidedCause: notProvidedCauseEnum("not_provided_cause"),
    restrictionsIgnored: boolean("restrictions_ignored").notNull().default(false),
    kycRequired: boolean("kyc_required").notNull().default(false),
    replacementAvailable: boolean("replacement_available").notNull().default(true),
    /** Disposable numbers: when the activation started waiting for its SMS. */
    activatedAt: tstz("activated_at"),
    /** DISP-AUTO-NO-SMS: when the automatic refund was booked (set with its ledger posting). */
    autoRefundedAt: tstz("auto_refunded_at"),
    /** The provider's id of the payment (e.g. a card charge): what a direct refund goes back to. */
    paymentRef: text("payment_ref"),
    /**
     * The cap (money-spec.md): refunds held or moving for this order (payouts
     * in a holding state, net of reversals), kept by a trigger on payouts.
     */
    refundCommittedMinor: money("refund_committed_minor").notNull().default(0),
    /** refunded(order): refunds_expense debits minus reversals, kept by the ledger entries trigger. */
    refundedMinor: money("refunded_minor").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("orders_customer_idx").on(t.customerId),
    index("orders_payment_method_idx").on(t.paymentMethodId),
    index("orders_phone_idx").on(t.phoneNumber),
    check("orders_paid_nonneg", sql`${t.paidMinor} >= 0`),
    check(
      "orders_refund_committed_cap",
      sql`${t.refundCommittedMinor} >= 0 AND ${t.refundCommittedMinor} <= ${t.paidMinor}`,
    ),
    check(
      "orders_refunded_cap",
      sql`${t.refundedMinor} >= 0 AND ${t.refundedMinor} <= ${t.paidMinor}`,
    ),
    check("orders_period_order", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("orders_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      "orders_not_provided_cause",
      sql`(${t.status} = 'not_provided') = (${t.notProvidedCause} IS NOT NULL)`,
    ),
  ],
);
export type Order = typeof orders.$inferSelect;

/**
 * The order's status over time, oldest first: "active" from the paid period's
 * start, then each change (disconnected or deleted by the client, blocked by
 * the operator, not provided). Written by triggers on orders (migration 0014),
 * so every writer of an order's status leaves its trace; reviewers read it as
 * evidence next to the outages and the SMS log.
 */
export const orderStatusEvents = pgTable(
  "order_status_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    status: orderStatusEnum("status").notNull(),
    at: tstz("at").notNull(),
    notProvidedCause: notProvidedCauseEnum("not_provided_cause"),
    /** Insertion order: breaks ties between events at the same instant (an order inserted already changed). */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("order_status_events_order_idx").on(t.orderId, t.at)],
);
export type OrderStatusEvent = typeof orderStatusEvents.$inferSelect;

export const numberOutages = pgTable(
  "number_outages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    /** VN-BAL-OUTAGE-24H counts from the customer's report, not from the breakage. */
    reportedAt: tstz("reported_at").notNull(),
    resolvedAt: tstz("resolved_at"),
    cause: outageCauseEnum("cause").notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("number_outages_order_idx").on(t.orderId),
    check(
      "number_outages_resolved_after",
      sql`${t.resolvedAt} IS NULL OR ${t.resolvedAt} >= ${t.reportedAt}`,
    ),
  ],
);
export type NumberOutage = typeof numberOutages.$inferSelect;

export const smsMessages = pgTable(
  "sms_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    receivedAt: tstz("received_at").notNull(),
    sender: text("sender").notNull(),
    body: text("body").notNull(),
    /** DISP-DENY-SMS-SHOWN: the text is displayed in the ordering table. */
    shownInTable: boolean("shown_in_table").notNull().default(true),
  },
  (t) => [index("sms_messages_order_idx").on(t.orderId, t.receivedAt)],
);
export type SmsMessage = typeof smsMessages.$inferSelect;
