import { sql } from "drizzle-orm";
import {
  bigserial,
  char,
  check,
  index,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  bigint,
} from "drizzle-orm/pg-core";
import { createdAt, money } from "./columns";
import { customers } from "./customers";
import { ledgerAccountKindEnum } from "./enums";
import { refundRequests } from "./requests";
import { users } from "./users";

export const ledgerAccounts = pgTable(
  "ledger_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: ledgerAccountKindEnum("kind").notNull(),
    customerId: uuid("customer_id").references(() => customers.id),
    currency: char("currency", { length: 3 }).notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("ledger_accounts_kind_customer_currency_uq").on(t.kind, t.customerId, t.currency),
    index("ledger_accounts_customer_idx").on(t.customerId),
  ],
);

/** A balanced set of entries; the sum of its entries is zero. */
export const ledgerTransactions = pgTable(
  "ledger_transactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").references(() => refundRequests.id),
    description: text("description").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    /** Makes a retried posting a no-op. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    index("ledger_transactions_request_idx").on(t.requestId),
    index("ledger_transactions_created_by_idx").on(t.createdBy),
  ],
);

export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    transactionId: uuid("transaction_id")
      .notNull()
      .references(() => ledgerTransactions.id),
    accountId: uuid("account_id")
      .notNull()
      .references(() => ledgerAccounts.id),
    /** Positive = debit, negative = credit, in the account's currency minor units. */
    amountMinor: money("amount_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    seq: bigint("seq", { mode: "number" }),
  },
  (t) => [
    index("ledger_entries_transaction_idx").on(t.transactionId),
    index("ledger_entries_account_idx").on(t.accountId),
    check("ledger_entries_nonzero", sql`${t.amountMinor} <> 0`),
  ],
);
