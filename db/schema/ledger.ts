import { sql } from "drizzle-orm";
import {
  bigserial,
  char,
  check,
  index,
  pgTable,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { createdAt, money } from "./columns";
import { customers } from "./customers";
import { decisions } from "./decisions";
import { ledgerAccountKindEnum, ledgerTransactionKindEnum } from "./enums";
import { orders } from "./orders";
import { payouts } from "./payouts";
import { refundRequests } from "./requests";
import { users } from "./users";

/**
 * One account per kind and currency, and per customer (customer_balance) or
 * payment provider (provider_clearing, company_cash). See money-spec.md.
 */
export const ledgerAccounts = pgTable(
  "ledger_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: ledgerAccountKindEnum("kind").notNull(),
    customerId: uuid("customer_id").references(() => customers.id),
    provider: text("provider"),
    currency: char("currency", { length: 3 }).notNull(),
    /**
     * Cached sum of the account's entries (debits positive). Written only by
     * the entries trigger, in the transaction that posts them; ledger:verify
     * checks it against the sum.
     */
    balanceMinor: money("balance_minor").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    unique("ledger_accounts_identity_uq")
      .on(t.kind, t.customerId, t.provider, t.currency)
      .nullsNotDistinct(),
    index("ledger_accounts_customer_idx").on(t.customerId),
    check("ledger_accounts_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      "ledger_accounts_owner",
      sql`(${t.kind} = 'customer_balance') = (${t.customerId} IS NOT NULL)
        AND (${t.kind} IN ('provider_clearing', 'company_cash')) = (${t.provider} IS NOT NULL)`,
    ),
    // A liability is credit-normal: the customer is owed -balance_minor, never less than zero.
    check(
      "ledger_accounts_customer_not_negative",
      sql`${t.kind} <> 'customer_balance' OR ${t.balanceMinor} <= 0`,
    ),
  ],
);
export type LedgerAccount = typeof ledgerAccounts.$inferSelect;

/**
 * A balanced set of entries (the sum per currency is zero, checked at commit
 * by a constraint trigger), immutable: corrections are new transactions that
 * point at what they correct.
 */
export const ledgerTransactions = pgTable(
  "ledger_transactions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Global posting order, for replaying balances (ledger:verify). */
    seq: bigserial("seq", { mode: "number" }).notNull().unique(),
    kind: ledgerTransactionKindEnum("kind").notNull(),
    /** Derived from what caused it (e.g. `payout:<id>:credit`): a retried posting is a no-op. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    description: text("description").notNull(),
    /** The order refunded: refunds_expense entries count against its cap. */
    orderId: uuid("order_id").references(() => orders.id),
    customerId: uuid("customer_id").references(() => customers.id),
    requestId: uuid("request_id").references(() => refundRequests.id),
    decisionId: uuid("decision_id").references(() => decisions.id),
    payoutId: uuid("payout_id").references(() => payouts.id),
    /** The transaction this one corrects (a reversal or recovery). */
    correctsId: uuid("corrects_id").references((): AnyPgColumn => ledgerTransactions.id),
    /** A person, or the job that posted it. */
    actorId: uuid("actor_id").references(() => users.id),
    actorJob: text("actor_job"),
    createdAt: createdAt(),
  },
  (t) => [
    index("ledger_transactions_order_idx").on(t.orderId),
    index("ledger_transactions_customer_idx").on(t.customerId, t.seq),
    index("ledger_transactions_request_idx").on(t.requestId),
    index("ledger_transactions_decision_idx").on(t.decisionId),
    index("ledger_transactions_payout_idx").on(t.payoutId),
    index("ledger_transactions_corrects_idx").on(t.correctsId),
    index("ledger_transactions_actor_idx").on(t.actorId),
    check(
      "ledger_transactions_actor",
      sql`(${t.actorId} IS NOT NULL) <> (${t.actorJob} IS NOT NULL)`,
    ),
  ],
);
export type LedgerTransaction = typeof ledgerTransactions.$inferSelect;

/** One debit (+) or credit (−) of one account, in that account's currency. */
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
    amountMinor: money("amount_minor").notNull(),
    currency: char("currency", { length: 3 }).notNull(),
  },
  (t) => [
    index("ledger_entries_transaction_idx").on(t.transactionId),
    index("ledger_entries_account_idx").on(t.accountId, t.id),
    check("ledger_entries_nonzero", sql`${t.amountMinor} <> 0`),
  ],
);
export type LedgerEntry = typeof ledgerEntries.$inferSelect;
