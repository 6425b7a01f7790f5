import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type GrowDecisionsResult = { decisions: number; payouts: number; ms: number };

/**
 * Benchmarks only: gives every grown request that was decided, paid or
 * closed a decision by its assignee (about 8 % overrides, a third late on
 * the review SLA), and every paid one with a matched order a payout with its
 * ledger posting (refunds_expense → customer_balance), so the reports have
 * realistic volume (only the refunds_expense side of each posting, which is
 * what the reports read: a bench database is not a ledger to verify). Bulk-loaded with the money triggers off
 * (session_replication_role = replica, this transaction only): bench orders
 * are shared by many requests, so the per-order cap would refuse them.
 * Rerunnable: requests that already have a decision are skipped.
 */
export async function growDecisions(
  db: Db,
  log: (line: string) => void = () => undefined,
): Promise<GrowDecisionsResult> {
  const started = Date.now();
  let decisions = 0;
  let payouts = 0;
  await db.execute(sql`
    INSERT INTO ledger_accounts (kind, currency)
    SELECT DISTINCT 'refunds_expense'::ledger_account_kind, currency FROM orders
    ON CONFLICT ON CONSTRAINT ledger_accounts_identity_uq DO NOTHING`);
  for (;;) {
    const step = await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      const [d] = await tx.execute<{ n: number }>(sql`
        WITH todo AS (
          SELECT r.* FROM refund_requests r
          WHERE r.status IN ('decided', 'paid', 'closed') AND r.assignee_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = r.id)
          LIMIT 20000
        ), ins AS (
          INSERT INTO decisions (request_id, decided_by, kind, amount_minor, currency, destination, clauses, note,
            override, justification, idempotency_key, rec_outcome, agrees, review_due_by, product_kind, claim, created_at)
          SELECT t.id, t.assignee_id, k.kind,
            CASE WHEN k.kind IN ('approve', 'partial') THEN coalesce(t.rec_amount_minor, t.amount_requested_minor, 100) END,
            CASE WHEN k.kind IN ('approve', 'partial') THEN t.currency END,
            CASE WHEN k.kind IN ('approve', 'partial') THEN coalesce(t.rec_destination, 'balance') END,
            CASE WHEN k.kind = 'deny' THEN ARRAY['GEN-DENY-CHANGED-MIND'] ELSE t.rec_clauses END,
            'bench', k.override, CASE WHEN k.override THEN 'bench override' END,
            'bench:' || t.id, t.rec_outcome, CASE WHEN t.rec_outcome = 'manual_review' THEN NULL ELSE NOT k.override END,
            t.review_by, t.product_kind, t.claim, least(now(), t.received_at + make_interval(hours => 2 + abs(hashtext(t.ref)) % 70))
          FROM todo t
          CROSS JOIN LATERAL (SELECT abs(hashtext(t.ref || 'o')) % 100 < 8 AS override) o
          CROSS JOIN LATERAL (SELECT o.override, CASE
            WHEN t.status = 'closed' THEN 'deny'
            WHEN t.rec_outcome = 'partial' THEN 'partial' ELSE 'approve' END::decision_kind AS kind) k
          RETURNING id, request_id
        ) SELECT count(*)::int AS n FROM ins`);
      const [p] = await tx.execute<{ n: number }>(sql`
        WITH due AS (
          SELECT d.id AS decision_id, r.id AS request_id, r.order_id, r.customer_id, d.amount_minor, d.currency,
            d.destination, d.created_at, r.status
          FROM decisions d JOIN refund_requests r ON r.id = d.request_id
          WHERE d.note = 'bench' AND d.amount_minor > 0 AND r.order_id IS NOT NULL AND r.status = 'paid'
            AND NOT EXISTS (SELECT 1 FROM payouts p WHERE p.decision_id = d.id)
        ), pay AS (
          INSERT INTO payouts (source, decision_id, request_id, order_id, customer_id, amount_minor, currency, destination,
            state, due_by, credited_at, settled_at, created_at, updated_at)
          SELECT 'decision', decision_id, request_id, order_id, customer_id, amount_minor, currency, destination,
            CASE WHEN destination = 'direct' THEN 'settled' ELSE 'credited' END::payout_state,
            created_at + CASE WHEN destination = 'direct' THEN interval '1 month' ELSE interval '7 days' END,
            created_at + make_interval(mins => 1 + abs(hashtext(decision_id::text)) % 20000),
            CASE WHEN destination = 'direct' THEN created_at + make_interval(days => abs(hashtext(decision_id::text)) % 35) END,
            created_at, created_at
          FROM due RETURNING id, customer_id, order_id, request_id, decision_id, amount_minor, currency, credited_at
        ), tx AS (
          INSERT INTO ledger_transactions (kind, idempotency_key, description, order_id, customer_id, request_id,
            decision_id, payout_id, actor_job, created_at)
          SELECT 'balance_credit', 'payout:' || id || ':credit', 'bench refund', order_id, customer_id, request_id,
            decision_id, id, 'bench', credited_at FROM pay
          RETURNING id, payout_id
        )
        INSERT INTO ledger_entries (transaction_id, account_id, amount_minor, currency)
        SELECT tx.id, a.id, pay.amount_minor, pay.currency
        FROM tx JOIN pay ON pay.id = tx.payout_id
        JOIN ledger_accounts a ON a.kind = 'refunds_expense' AND a.currency = pay.currency
          AND a.customer_id IS NULL AND a.provider IS NULL
        RETURNING (SELECT count(*)::int FROM pay) AS n`);
      return { d: d?.n ?? 0, p: p?.n ?? 0 };
    });
    decisions += step.d;
    payouts += step.p;
    if (step.d > 0)
      log(
        `  ${decisions} decisions, ${payouts} payouts (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    if (step.d === 0) break;
  }
  // The rollup and counter triggers were off with the others: rebuild them from what was loaded.
  if (decisions > 0) await db.execute(sql`SELECT report_rollups_rebuild()`);
  if (decisions > 0) await db.execute(sql`SELECT decision_clause_counts_rebuild()`);
  await db.execute(sql`ANALYZE decisions`);
  await db.execute(sql`ANALYZE payouts`);
  await db.execute(sql`ANALYZE ledger_transactions`);
  await db.execute(sql`ANALYZE ledger_entries`);
  return { decisions, payouts, ms: Date.now() - started };
}
