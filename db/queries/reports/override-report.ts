import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { inPeriod, weekOf, type ReportFilters } from "./report-filters";

/** Decisions and overrides in one group; the rate computed by PostgreSQL (0–1, 4 places). */
export type OverrideRow = {
  key: string;
  label: string;
  decisions: number;
  overrides: number;
  rate: number;
};

/**
 * Override rate per reviewer or per cited clause (a clause overridden often
 * is a policy problem). Requests for information are not decisions on the
 * merits and are left out.
 */
export async function overrideRate(
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
    WHERE d.kind <> 'request_info' AND ${inPeriod(sql`d.created_at`, f)}
      ${f.reviewer ? sql`AND d.decided_by = ${f.reviewer}::uuid` : sql``}
    GROUP BY 1, 2
    ORDER BY rate DESC, decisions DESC`);
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
    SELECT u.id::text AS "reviewerId", u.name AS reviewer, ${weekOf(sql`d.created_at`)} AS week,
      count(*)::int AS decisions
    FROM decisions d JOIN users u ON u.id = d.decided_by
    WHERE ${inPeriod(sql`d.created_at`, f)} ${f.reviewer ? sql`AND d.decided_by = ${f.reviewer}::uuid` : sql``}
    GROUP BY 1, 2, 3
    ORDER BY 3, 2`);
}
