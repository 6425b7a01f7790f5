import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { inPeriod, type ReportFilters } from "./report-filters";

export const SLA_METRICS = ["review", "balance", "direct", "automatic"] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];

/** One SLA's compliance in one group (a week or a reviewer): counted and shared in SQL. */
export type SlaRow = {
  metric: SlaMetric;
  key: string;
  label: string;
  total: number;
  met: number;
  missed: number;
  /** met / total, 0–1, rounded to 4 places by PostgreSQL; null when nothing counted. */
  share: number | null;
};

const dayWeek = sql`to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD')`;
const tsWeek = (col: SQL) =>
  sql`to_char(date_trunc('week', ${col} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;

/**
 * SLA compliance per week or per reviewer, from the daily rollups (exact,
 * kept by triggers: migration 0020) plus the few payouts still open past
 * their due date, counted live from payouts_open_sla_idx. Same figures as
 * slaComplianceRaw (sla-report-raw.ts), the definition over base tables.
 */
export async function slaCompliance(
  db: Db,
  f: ReportFilters,
  by: "week" | "reviewer",
  now = new Date(),
): Promise<SlaRow[]> {
  const days = sql`day >= ${f.from}::date AND day <= ${f.to}::date`;
  const mine = (col: SQL) => (f.reviewer ? sql`AND ${col} = ${f.reviewer}::uuid` : sql``);
  const group = (week: SQL, who: SQL) =>
    by === "week"
      ? sql`${week} AS key, ${week} AS label`
      : sql`${who}::text AS key, (SELECT name FROM users WHERE id = ${who}) AS label`;
  return db.execute<SlaRow>(sql`
    SELECT metric, key, label, (sum(met) + sum(missed))::int AS total, sum(met)::int AS met, sum(missed)::int AS missed,
      round(sum(met)::numeric / nullif(sum(met) + sum(missed), 0), 4)::float8 AS share
    FROM (
      SELECT 'review' AS metric, ${group(dayWeek, sql`decided_by`)},
        coalesce(sum(n) FILTER (WHERE review_sla = 'met'), 0) AS met, coalesce(sum(n) FILTER (WHERE review_sla = 'missed'), 0) AS missed
      FROM report_decisions_daily WHERE review_sla IS NOT NULL AND ${days} ${mine(sql`decided_by`)}
      GROUP BY 2, 3
      UNION ALL
      SELECT destination, ${group(dayWeek, sql`decided_by`)},
        coalesce(sum(n) FILTER (WHERE sla = 'met'), 0), coalesce(sum(n) FILTER (WHERE sla = 'late'), 0)
      FROM report_payouts_daily WHERE ${days} ${mine(sql`decided_by`)}
      GROUP BY 1, 2, 3
      UNION ALL
      SELECT p.destination::text, ${group(tsWeek(sql`p.created_at`), sql`d.decided_by`)}, 0, count(*)
      FROM payouts p JOIN decisions d ON d.id = p.decision_id
      WHERE p.decision_id IS NOT NULL AND p.state NOT IN ('cancelled', 'rejected', 'on_balance')
        AND (CASE p.destination WHEN 'direct' THEN p.settled_at ELSE p.credited_at END) IS NULL
        AND p.due_by < ${now.toISOString()}::timestamptz AND ${inPeriod(sql`p.created_at`, f)} ${mine(sql`d.decided_by`)}
      GROUP BY 1, 2, 3
      ${
        by === "week" && !f.reviewer
          ? sql`UNION ALL
      SELECT 'automatic', ${tsWeek(sql`o.activated_at`)}, ${tsWeek(sql`o.activated_at`)},
        count(*) FILTER (WHERE o.auto_refunded_at <= o.activated_at + interval '20 minutes'),
        count(*) FILTER (WHERE o.auto_refunded_at > o.activated_at + interval '20 minutes')
      FROM orders o WHERE o.kind = 'disposable_number' AND o.auto_refunded_at IS NOT NULL AND ${inPeriod(sql`o.activated_at`, f)}
      GROUP BY 2, 3`
          : sql``
      }
    ) parts
    GROUP BY metric, key, label
    HAVING sum(met) + sum(missed) > 0
    ORDER BY metric, ${by === "week" ? sql`key` : sql`label`}`);
}
