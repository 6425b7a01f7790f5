import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import type { ReportFilters } from "./report-filters";

/** Decisions and overrides in one group; the rate computed by PostgreSQL (0–1, 4 places). */
export type OverrideRow = {
  key: string;
  label: string;
  decisions: number;
  overrides: number;
  rate: number;
};

const period = (f: ReportFilters) =>
  sql`day >= ${f.from}::date AND day <= ${f.to}::date ${f.reviewer ? sql`AND decided_by = ${f.reviewer}::uuid` : sql``}`;

/**
 * Override rate per reviewer or per cited clause (a clause overridden often
 * is a policy problem), from the daily rollups. Requests for information are
 * not decisions on the merits and are left out. Definition: overrideRateRaw.
 */
export async function overrideRate(
  db: Db,
  f: ReportFilters,
  by: "reviewer" | "clause",
): Promise<OverrideRow[]> {
  return db.execute<OverrideRow>(sql`
    SELECT ${by === "reviewer" ? sql`decided_by::text AS key, (SELECT name FROM users WHERE id = decided_by) AS label` : sql`clause AS key, clause AS label`},
      sum(n)::int AS decisions, coalesce(sum(n) FILTER (WHERE override), 0)::int AS overrides,
      round(coalesce(sum(n) FILTER (WHERE override), 0)::numeric / sum(n), 4)::float8 AS rate
    FROM ${by === "reviewer" ? sql`report_decisions_daily` : sql`report_decision_clauses_daily`}
    WHERE kind <> 'request_info' AND ${period(f)}
    GROUP BY ${by === "reviewer" ? sql`decided_by` : sql`clause`}
    HAVING sum(n) > 0
    ORDER BY rate DESC, decisions DESC, label`);
}

export type ThroughputRow = {
  reviewerId: string;
  reviewer: string;
  week: string;
  decisions: number;
};

/** Decisions recorded per reviewer per week (reopened and re-decided ones count: each was work). */
export async function throughput(db: Db, f: ReportFilters): Promise<ThroughputRow[]> {
  return db.execute<ThroughputRow>(sql`
    SELECT decided_by::text AS "reviewerId", (SELECT name FROM users WHERE id = decided_by) AS reviewer,
      to_char(date_trunc('week', day::timestamp), 'YYYY-MM-DD') AS week, sum(n)::int AS decisions
    FROM report_decisions_daily WHERE ${period(f)}
    GROUP BY decided_by, 3 HAVING sum(n) > 0 ORDER BY 3, 2`);
}
