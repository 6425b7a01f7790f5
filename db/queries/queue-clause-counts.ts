import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestClauseCounts } from "../schema";

/**
 * Under filters each tab is counted exactly up to this many requests and shown as "1 000+"
 * beyond: counting every match of a common filter would read a share of all history on every
 * page. Below it a view's matches are few enough to fetch whole and sort (queue-list-where.ts).
 */
export const COUNT_CAP = 1_000;

/** Requests recommended with `clause`, per status, from request_clause_counts (kept by a trigger). */
export async function clauseCountsByStatus(
  db: Db,
  clause: string,
): Promise<Record<string, number>> {
  const c = requestClauseCounts;
  const rows = await db.execute<{ status: string; n: number }>(
    sql`SELECT ${c.status}::text AS status, sum(${c.n})::int AS n FROM ${c} WHERE ${c.clause} = ${clause} GROUP BY ${c.status}`,
  );
  return Object.fromEntries(rows.map((x) => [x.status, x.n]));
}
