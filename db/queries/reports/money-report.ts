import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { inPeriod, weekOf, type ReportFilters } from "./report-filters";

/** Net refunds booked in one week, one currency, one destination or 'all' (minor units of that currency). */
export type MoneyRow = {
  week: string;
  currency: string;
  destination: string;
  refundedMinor: number;
  postings: number;
};

/**
 * Money refunded, from the ledger: refunds_expense debits net of the
 * reversals credited back, per week, currency and destination (the payout's;
 * automatic refunds go to the balance). Grouped by currency, never summed
 * across currencies. The reviewer filter keeps the postings of their decisions.
 */
export async function moneyRefunded(db: Db, f: ReportFilters): Promise<MoneyRow[]> {
  return db.execute<MoneyRow>(sql`
    SELECT week, currency, coalesce(destination, 'all') AS destination,
      sum(amount)::float8 AS "refundedMinor", count(DISTINCT tx)::int AS postings
    FROM (
      SELECT ${weekOf(sql`t.created_at`)} AS week, e.currency::text AS currency,
        coalesce(p.destination::text, 'balance') AS destination, e.amount_minor AS amount, t.id AS tx
      FROM ledger_entries e
      JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'refunds_expense'
      JOIN ledger_transactions t ON t.id = e.transaction_id
      LEFT JOIN payouts p ON p.id = t.payout_id
      ${f.reviewer ? sql`JOIN decisions d ON d.id = coalesce(t.decision_id, p.decision_id) AND d.decided_by = ${f.reviewer}::uuid` : sql``}
      WHERE ${inPeriod(sql`t.created_at`, f)}
    ) postings
    -- Per destination, and 'all' destinations of one currency: totals are per currency, never across.
    GROUP BY GROUPING SETS ((week, currency, destination), (week, currency))
    ORDER BY week, currency, destination`);
}
