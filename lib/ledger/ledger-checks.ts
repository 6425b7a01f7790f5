import { sql } from "drizzle-orm";

/** The SQL invariants of money-spec.md ("Invariants"), each returning offending rows. */
export const LEDGER_CHECKS: {
  invariant: string;
  query: ReturnType<typeof sql>;
  describe: (r: Record<string, unknown>) => string;
}[] = [
  {
    invariant: "1. every transaction balances per currency, in its accounts' currencies",
    query: sql`SELECT t.id AS transaction_id, t.idempotency_key, e.currency, sum(e.amount_minor)::text AS total, count(e.id)::int AS entries,
                 bool_or(a.currency <> e.currency) AS wrong_currency
               FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.transaction_id = t.id LEFT JOIN ledger_accounts a ON a.id = e.account_id
               GROUP BY t.id, t.idempotency_key, e.currency
               HAVING coalesce(sum(e.amount_minor), 0) <> 0 OR count(e.id) < 2 OR bool_or(a.currency <> e.currency)`,
    describe: (r) =>
      `${r.idempotency_key}: ${r.entries} entries summing to ${r.total} ${r.currency ?? ""}${r.wrong_currency ? ", an entry in another currency than its account" : ""}`,
  },
  {
    invariant: "2. no customer balance below zero at any point of the history",
    query: sql`SELECT account_id, customer_id, currency, max(running)::text AS deepest FROM (
                 SELECT e.account_id, a.customer_id, a.currency, sum(e.amount_minor) OVER (PARTITION BY e.account_id ORDER BY t.seq, e.id) AS running
                 FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id JOIN ledger_accounts a ON a.id = e.account_id
                 WHERE a.kind = 'customer_balance') x
               GROUP BY account_id, customer_id, currency HAVING max(running) > 0`,
    describe: (r) => `customer ${r.customer_id} went ${r.deepest} ${r.currency} below zero`,
  },
  {
    invariant: "3. no order refunded above what was paid for it",
    query: sql`SELECT o.id AS order_id, o.ref, o.paid_minor::text AS paid, coalesce(x.refunded, 0)::text AS refunded, o.refunded_minor::text AS cached
               FROM orders o LEFT JOIN (
                 SELECT t.order_id, sum(e.amount_minor) AS refunded FROM ledger_entries e
                 JOIN ledger_transactions t ON t.id = e.transaction_id JOIN ledger_accounts a ON a.id = e.account_id
                 WHERE a.kind = 'refunds_expense' GROUP BY t.order_id) x ON x.order_id = o.id
               WHERE coalesce(x.refunded, 0) > o.paid_minor OR coalesce(x.refunded, 0) < 0 OR coalesce(x.refunded, 0) <> o.refunded_minor`,
    describe: (r) =>
      `order ${r.ref}: paid ${r.paid}, refunded ${r.refunded} by the ledger, ${r.cached} cached`,
  },
  {
    invariant:
      "3. payouts holding money on an order never exceed what was paid (and the cached total matches)",
    query: sql`SELECT o.id AS order_id, o.ref, o.paid_minor::text AS paid, coalesce(x.held, 0)::text AS held, o.refund_committed_minor::text AS cached
               FROM orders o LEFT JOIN (SELECT order_id, sum(payout_committed_minor(p)) AS held FROM payouts p GROUP BY order_id) x ON x.order_id = o.id
               WHERE coalesce(x.held, 0) > o.paid_minor OR coalesce(x.held, 0) <> o.refund_committed_minor`,
    describe: (r) => `order ${r.ref}: paid ${r.paid}, payouts hold ${r.held}, ${r.cached} cached`,
  },
  {
    invariant: "4. no transaction without its audit entry",
    query: sql`SELECT t.id AS transaction_id, t.idempotency_key FROM ledger_transactions t
               WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_type = 'ledger_transaction' AND l.entity_id = t.id::text)`,
    describe: (r) => `${r.idempotency_key} has no audit entry`,
  },
  {
    invariant: "4. an automatic refund exactly where an order says it was refunded automatically",
    query: sql`SELECT o.id AS order_id, o.ref, o.auto_refunded_at IS NOT NULL AS flagged, count(p.id)::int AS payouts
               FROM orders o LEFT JOIN payouts p ON p.order_id = o.id AND p.source = 'automatic'
               WHERE o.auto_refunded_at IS NOT NULL OR p.id IS NOT NULL
               GROUP BY o.id, o.ref, o.auto_refunded_at HAVING (o.auto_refunded_at IS NOT NULL) <> (count(p.id) = 1)`,
    describe: (r) =>
      `order ${r.ref}: auto_refunded_at ${r.flagged ? "set" : "unset"}, ${r.payouts} automatic payouts`,
  },
  {
    invariant: "5. cached account balances equal the sums of their entries",
    query: sql`SELECT a.id AS account_id, a.kind, a.currency, a.balance_minor::text AS cached, coalesce(sum(e.amount_minor), 0)::text AS total
               FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
               GROUP BY a.id HAVING a.balance_minor <> coalesce(sum(e.amount_minor), 0)`,
    describe: (r) =>
      `${r.kind} ${r.account_id} ${r.currency}: cached ${r.cached}, entries ${r.total}`,
  },
  {
    invariant: "5. a customer's balance equals their ledger balance in the account currency",
    query: sql`SELECT c.id AS customer_id, c.account_ref, c.balance_minor::text AS cached, coalesce(-a.balance_minor, 0)::text AS ledger
               FROM customers c LEFT JOIN ledger_accounts a ON a.kind = 'customer_balance' AND a.customer_id = c.id AND a.currency = c.currency
               WHERE c.balance_minor <> coalesce(-a.balance_minor, 0)`,
    describe: (r) => `customer ${r.account_ref}: balance ${r.cached}, ledger ${r.ledger}`,
  },
];
