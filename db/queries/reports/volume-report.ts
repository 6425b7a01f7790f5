import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { inPeriod, type ReportFilters } from "./report-filters";

export const VOLUME_DIMENSIONS = ["product", "claim", "outcome", "clause"] as const;
export type VolumeDimension = (typeof VOLUME_DIMENSIONS)[number];
export type VolumeRow = { key: string; requests: number };

/**
 * Requests decided in the period (their decision in force), counted by
 * product, claim, outcome or cited clause (a decision citing two clauses
 * counts under each). Decided by the reviewer filter when given.
 */
export async function volumeBy(
  db: Db,
  f: ReportFilters,
  dim: VolumeDimension,
): Promise<VolumeRow[]> {
  const key: Record<VolumeDimension, SQL> = {
    product: sql`coalesce(r.product_kind, 'unknown')`,
    claim: sql`r.claim::text`,
    outcome: sql`d.kind::text`,
    clause: sql`c.clause`,
  };
  return db.execute<VolumeRow>(sql`
    SELECT ${key[dim]} AS key, count(DISTINCT d.request_id)::int AS requests
    FROM decisions d
    ${dim === "product" || dim === "claim" ? sql`JOIN refund_requests r ON r.id = d.request_id` : sql``}
    ${dim === "clause" ? sql`CROSS JOIN LATERAL unnest(d.clauses) AS c(clause)` : sql``}
    WHERE ${inPeriod(sql`d.created_at`, f)}
      AND NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id)
      ${f.reviewer ? sql`AND d.decided_by = ${f.reviewer}::uuid` : sql``}
    GROUP BY 1
    ORDER BY 2 DESC, 1`);
}
