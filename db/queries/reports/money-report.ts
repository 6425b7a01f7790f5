import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { ReportFilters } from "./report-filters";

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
 * automatic refunds go to the balance), and 'all' destinations of each
 * currency — grouped by currency, never summed across currencies. From the
 * daily rollup of refunds_expense entries; the definition is moneyRefundedRaw.
 */
export async function moneyRefunded(db: Db, f: ReportFilters): Promise<MoneyRow[]> {
  return db.execute<MoneyRow>(sql`
    SELECT week, currency, coalesce(destination, 'all') AS destination,
      sum(amount_minor)::float8 AS "refundedMinor", sum(postings)::int AS postings
    FROM (
      SELECT to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD') AS week, currency::text AS currency,
        destination, amount_minor, postings
      FROM report_refunds_daily
      WHERE day >= ${f.from}::date AND day <= ${f.to}::date ${f.reviewer ? sql`AND decided_by = ${f.reviewer}::uuid` : sql``}
    ) days
    GROUP BY GROUPING SETS ((week, currency, destination), (week, currency))
    ORDER BY week, currency, destination`);
}
