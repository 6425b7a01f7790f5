import { sql } from "drizzle-orm";
import { boolean, char, check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, money, updatedAt } from "./columns";
import { kycEnum, paymentMethodTypeEnum } from "./enums";

export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Account id customers quote in emails, e.g. ACC-10042. */
    accountRef: text("account_ref").notNull().unique(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    /**
     * The balance owed in the account's currency: a cache of the ledger's
     * customer_balance account, written only by the ledger entries trigger.
     */
    balanceMinor: money("balance_minor").notNull().default(0),
    kyc: kycEnum("kyc").notNull().default("not_required"),
    fraud: boolean("fraud").notNull().default(false),
    complaint: boolean("complaint").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("customers_email_lower_uq").on(sql`lower(${t.email})`),
    check("customers_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);
export type Customer = typeof customers.$inferSelect;

export const paymentMethods = pgTable(
  "payment_methods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id),
    type: paymentMethodTypeEnum("type").notNull(),
    /** Display label, already masked (e.g. "Visa •••• 4242"). */
    label: text("label").notNull(),
    /** PAY-NO-REFUND-METHOD: not every method can take a refund back. */
    supportsRefund: boolean("supports_refund").notNull(),
    /** The payment provider that took the payment and pays refunds back to it. */
    provider: text("provider").notNull().default("sandbox"),
    createdAt: createdAt(),
  },
  (t) => [index("payment_methods_customer_idx").on(t.customerId)],
);
export type PaymentMethod = typeof paymentMethods.$inferSelect;
