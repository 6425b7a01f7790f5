import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { MoneyRow } from "./money-report";
import type { OverrideRow, ThroughputRow } from "./override-report";
import { inPeriod, weekOf, type ReportFilters } from "./report-filters";
import type { VolumeDimension, VolumeRow } from "./volume-report";

/*
 * The reports' definitions over the base tables. The pages read the daily
 * rollups instead (exact, kept by triggers); integration tests and
 * bench:reports run these to prove the two agree and to time the difference.
 */

const byReviewer = (f: ReportFilters, col: SQL = sql`d.decided_by`) =>
  f.reviewer ? sql`AND ${col} = ${f.reviewer}::uuid` : sql``;

export async function volumeByRaw(
  db: Db,
  f: ReportFilters,
  dim: VolumeDimension,
): Promise<VolumeRow[]> {
  const key: Record<VolumeDimension, SQL> = {
    product: sql`coalesce(d.product_kind, 'unknown')`,
    claim: sql`coalesce(d.claim::text, 'unknown')`,
    outcome: sql`d.kind::text`,
    clause: sql`c.clause`,
  };
  return db.execute<VolumeRow>(sql`
    SELECT ${key[dim]} AS key, count(*)::int AS requests
    FROM decisions d ${dim === "clause" ? sql`CROSS JOIN LATERAL unnest(d.clauses) AS c(clause)` : sql``}
    WHERE ${inPeriod(sql`d.created_at`, f)} AND NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id AND s.supersedes_id IS NOT NULL)
      ${byReviewer(f)}
    GROUP BY 1 ORDER BY 2 DESC, 1`);
}

export async function overrideRateRaw(
  db: Db,
  f: ReportFilters,
  by: "reviewer" | "clause",
): Promise<OverrideRow[]> {
  return db.execute<OverrideRow>(sql`
    SELECT ${by === "reviewer" ? sql`u.id::text AS key, u.name AS label` : sql`c.clause AS key, c.clause AS label`},
      count(*)::int AS decisions, count(*) FILTER (WHERE d.override)::int AS overrides,
      round(count(*) FILTER (WHERE d.override)::numeric / count(*), 4)::float8 AS rate
    FROM decisions d
    ${by === "reviewer" ? sql`JOIN users u ON u.id = d.decided_by` : sql`CROSS JOIN LATERAL unnest(d.clauses) AS c(clause)`}
    WHERE d.kind <> 'request_info' AND ${inPeriod(sql`d.created_at`, f)} ${byReviewer(f)}
    GROUP BY 1, 2 ORDER BY rate DESC, decisions DESC, label`);
}

export async function throughputRaw(db: Db, f: ReportFilters): Promise<ThroughputRow[]> {
  return db.execute<ThroughputRow>(sql`
    SELECT u.id::text AS "reviewerId", u.name AS reviewer, ${weekOf(sql`d.created_at`)} AS week, count(*)::int AS decisions
    FROM decisions d JOIN users u ON u.id = d.decided_by
    WHERE ${inPeriod(sql`d.created_at`, f)} ${byReviewer(f)}
    GROUP BY 1, 2, 3 ORDER BY 3, 2`);
}

export async function moneyRefundedRaw(db: Db, f: ReportFilters): Promise<MoneyRow[]> {
  return db.execute<MoneyRow>(sql`
    SELECT week, currency, coalesce(destination, 'all') AS destination,
      sum(amount)::float8 AS "refundedMinor", count(*)::int AS postings
    FROM (
      SELECT ${weekOf(sql`t.created_at`)} AS week, e.currency::text AS currency,
        coalesce(p.destination::text, 'balance') AS destination, e.amount_minor AS amount
      FROM ledger_entries e
      JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'refunds_expense'
      JOIN ledger_transactions t ON t.id = e.transaction_id
      LEFT JOIN payouts p ON p.id = t.payout_id
      LEFT JOIN decisions d ON d.id = coalesce(t.decision_id, p.decision_id)
      WHERE ${inPeriod(sql`t.created_at`, f)} ${byReviewer(f)}
    ) postings
    GROUP BY GROUPING SETS ((week, currency, destination), (week, currency))
    ORDER BY week, currency, destination`);
}
