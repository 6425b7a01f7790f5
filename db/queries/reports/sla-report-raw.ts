import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { inPeriod, weekOf, type ReportFilters } from "./report-filters";

import type { SlaRow } from "./sla-report";

/**
 * Each SLA as rows (subject, group, met), in one UNION ALL:
 * - review (SLA-REVIEW-2WD): a request's first decision by the review deadline in force then;
 * - balance (SLA-BALANCE-5WD): a balance refund credited by its due date (unpaid past it = missed);
 * - direct (SLA-DIRECT-1M): a direct refund settled by its due date (unsettled past it = missed);
 * - automatic (DISP-AUTO-NO-SMS): an automatic refund booked by minute 20 of the activation.
 */
function slaFacts(f: ReportFilters, now: Date, by: "week" | "reviewer"): SQL {
  const reviewer = f.reviewer ? sql`AND d.decided_by = ${f.reviewer}::uuid` : sql``;
  const group = (week: SQL) =>
    by === "week" ? sql`${weekOf(week)}, ${weekOf(week)}` : sql`u.id::text, u.name`;
  const payout = (metric: string, dest: string, doneAt: SQL) => sql`
    SELECT ${metric} AS metric, ${group(sql`p.created_at`)},
      CASE WHEN ${doneAt} IS NOT NULL THEN ${doneAt} <= p.due_by
        WHEN p.due_by < ${now.toISOString()}::timestamptz THEN false END AS met
    FROM payouts p JOIN decisions d ON d.id = p.decision_id JOIN users u ON u.id = d.decided_by
    WHERE p.destination = ${dest}::destination AND p.state NOT IN ('cancelled', 'rejected', 'on_balance')
      AND ${inPeriod(sql`p.created_at`, f)} ${reviewer}`;
  return sql`
    SELECT d2.metric, d2.key, d2.label, d2.met FROM (
      SELECT 'review' AS metric, ${group(sql`d.created_at`)}, d.created_at <= d.review_due_by AS met
      FROM decisions d JOIN users u ON u.id = d.decided_by
      WHERE d.supersedes_id IS NULL AND d.review_due_by IS NOT NULL AND ${inPeriod(sql`d.created_at`, f)} ${reviewer}
      UNION ALL ${payout("balance", "balance", sql`p.credited_at`)}
      UNION ALL ${payout("direct", "direct", sql`p.settled_at`)}
      ${
        by === "week" && !f.reviewer
          ? sql`UNION ALL
      SELECT 'automatic', ${weekOf(sql`o.activated_at`)}, ${weekOf(sql`o.activated_at`)},
        o.auto_refunded_at <= o.activated_at + interval '20 minutes'
      FROM orders o WHERE o.kind = 'disposable_number' AND o.auto_refunded_at IS NOT NULL AND ${inPeriod(sql`o.activated_at`, f)}`
          : sql``
      }
    ) d2(metric, key, label, met)`;
}

/**
 * SLA compliance from the base tables: the definition the rollups must
 * reproduce (tests and bench:reports compare the two).
 */
export async function slaComplianceRaw(
  db: Db,
  f: ReportFilters,
  by: "week" | "reviewer",
  now = new Date(),
): Promise<SlaRow[]> {
  return db.execute<SlaRow>(sql`
    SELECT metric, key, label, count(met)::int AS total,
      count(*) FILTER (WHERE met)::int AS met, count(*) FILTER (WHERE NOT met)::int AS missed,
      round(count(*) FILTER (WHERE met)::numeric / nullif(count(met), 0), 4)::float8 AS share
    FROM (${slaFacts(f, now, by)}) facts
    GROUP BY metric, key, label
    ORDER BY metric, ${by === "week" ? sql`key` : sql`label`}`);
}
