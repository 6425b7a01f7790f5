import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import type { ReportFilters } from "./report-filters";

export const VOLUME_DIMENSIONS = ["product", "claim", "outcome", "clause"] as const;
export type VolumeDimension = (typeof VOLUME_DIMENSIONS)[number];
export type VolumeRow = { key: string; requests: number };

/**
 * Requests decided in the period (their decision in force), counted by the
 * product and claim they had when decided, the outcome, or each clause cited.
 * From the daily rollups; the definition over base tables is volumeByRaw.
 */
export async function volumeBy(
  db: Db,
  f: ReportFilters,
  dim: VolumeDimension,
): Promise<VolumeRow[]> {
  const key: Record<VolumeDimension, SQL> = {
    product: sql`coalesce(product_kind, 'unknown')`,
    claim: sql`coalesce(claim::text, 'unknown')`,
    outcome: sql`kind::text`,
    clause: sql`clause`,
  };
  const table = dim === "clause" ? sql`report_decision_clauses_daily` : sql`report_decisions_daily`;
  return db.execute<VolumeRow>(sql`
    SELECT ${key[dim]} AS key, sum(n)::int AS requests
    FROM ${table}
    WHERE in_force AND day >= ${f.from}::date AND day <= ${f.to}::date
      ${f.reviewer ? sql`AND decided_by = ${f.reviewer}::uuid` : sql``}
    GROUP BY 1 HAVING sum(n) > 0 ORDER BY 2 DESC, 1`);
}
