/**
 * The ledger's vocabulary (money-spec.md, "Accounts" and "Flows"): plain
 * lists shared by the database enums, the domain code and the UI, with no
 * database imports so the browser bundle can use them.
 */

/** One account of each kind per currency (and per customer or provider where named). */
export const LEDGER_ACCOUNT_KINDS = [
  /** Liability: what the company owes the customer on their personal-account balance; never below zero. */
  "customer_balance",
  /** Expense: refunds the company granted. */
  "refunds_expense",
  /** Asset in transit: direct refunds sent to a payment provider and not yet settled. */
  "provider_clearing",
  /** Asset: the company's funds at a payment provider, reduced when a refund settles. */
  "company_cash",
  /** Asset: money paid out that a later decision says was not owed; shown to managers, never written off silently. */
  "recovery_receivable",
  /**
   * Equity: balances carried over from the billing system when an account's
   * ledger starts (the demo data's existing balances). Refund Desk books
   * refunds; top-ups and purchases live in billing.
   */
  "opening_balance",
] as const;
export type LedgerAccountKind = (typeof LEDGER_ACCOUNT_KINDS)[number];

/** What caused a ledger transaction: one per row of money-spec.md's flow table. */
export const LEDGER_TRANSACTION_KINDS = [
  "balance_credit",
  "automatic_refund",
  "direct_credit",
  "payout_sent",
  "payout_settled",
  "payout_failed",
  "reversal",
  "recovery",
  "opening_balance",
] as const;
export type LedgerTransactionKind = (typeof LEDGER_TRANSACTION_KINDS)[number];

export const TRANSACTION_KIND_LABEL: Record<LedgerTransactionKind, string> = {
  balance_credit: "Refund credited to balance",
  automatic_refund: "Automatic refund (no SMS)",
  direct_credit: "Direct refund credited to balance before payout",
  payout_sent: "Direct refund sent to the provider",
  payout_settled: "Provider settled the refund",
  payout_failed: "Provider failed the refund; money back on balance",
  reversal: "Reversed by a later decision",
  recovery: "Paid out but not owed: to recover",
  opening_balance: "Opening balance from billing",
};
