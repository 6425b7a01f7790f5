import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { refundRequests } from "../schema";
import { REQUEST_STATUSES } from "../schema/enums";
import { requestCountsByStatus } from "./overview";
import { viewConditions, type QueueQuery } from "./queue-query";
import { COUNT_CAP } from "./queue-clause-counts";

export { COUNT_CAP } from "./queue-clause-counts";

const r = refundRequests;

export type QueueCounts = {
  /** Requests per tab: each status, and "all". */
  counts: Record<string, number>;
  /** Tabs whose count stopped at COUNT_CAP: there are at least that many. */
  capped: string[];
};

export type CountsPlan =
  { exact: Record<string, number> } | { statement: SQL; capped: "per status" | "in all" | false };

const byStatus = (from: SQL, where: SQL) =>
  sql`SELECT ${r.status}::text AS status, count(*)::int AS n FROM ${from} WHERE ${where} GROUP BY ${r.status}`;

/**
 * How a view's tab counts are had. From trigger-kept counters: no filter (the tab counters), the
 * clause filter alone (request_clause_counts). Counted whole: a view with a driver (an identity
 * search, a rare clause: queue.ts), from the driver's few rows. A name or words: the first
 * COUNT_CAP matches in all, newest first (matches of a word are found within a page or two of the
 * newest requests; a walk from the oldest would read history first). Other filters: each status
 * up to COUNT_CAP, from the covering index that carries every filtered column.
 */
export async function planQueueCounts(db: Db, qq: QueueQuery): Promise<CountsPlan> {
  const conds = viewConditions(qq);
  if (!conds.length) return { exact: await requestCountsByStatus(db) };
  if (qq.clauseCounts && conds.length === 1) return { exact: qq.clauseCounts };
  const where = sql.join(conds, sql` AND `);
  if (qq.driver)
    return {
      statement: byStatus(
        sql`${r}`,
        conds.length === 1
          ? qq.driver
          : sql`${r.id} = ANY(ARRAY(SELECT ${r.id} FROM ${r} WHERE ${qq.driver})) AND ${where}`,
      ),
      capped: false,
    };
  if (qq.searchKind === "text")
    return {
      statement: sql`SELECT status::text AS status, count(*)::int AS n FROM (SELECT ${r.status} FROM ${r} WHERE ${where} ORDER BY ${r.receivedAt} DESC, ${r.id} DESC LIMIT ${COUNT_CAP + 1}) m GROUP BY status`,
      capped: "in all",
    };
  const perStatus = REQUEST_STATUSES.map(
    (st) =>
      sql`SELECT ${st}::text AS status, count(*)::int AS n FROM (SELECT 1 FROM ${r} WHERE ${r.status} = ${st} AND ${where} LIMIT ${COUNT_CAP + 1}) m`,
  );
  return { statement: sql.join(perStatus, sql` UNION ALL `), capped: "per status" };
}

/** Tab counts of a view (see planQueueCounts); "all" is their sum, capped if any of them is. */
export async function queueCounts(db: Db, qq: QueueQuery): Promise<QueueCounts> {
  const plan = await planQueueCounts(db, qq);
  const found =
    "exact" in plan
      ? plan.exact
      : Object.fromEntries(
          (await db.execute<{ status: string; n: number }>(plan.statement)).map((x) => [
            x.status,
            Number(x.n),
          ]),
        );
  const mode = "capped" in plan ? plan.capped : false;
  const total = Object.values(found).reduce((t, n) => t + n, 0);
  const counts: Record<string, number> = {};
  const capped: string[] = [];
  for (const st of REQUEST_STATUSES) {
    const n = found[st] ?? 0;
    const over =
      (mode === "per status" && n > COUNT_CAP) || (mode === "in all" && total > COUNT_CAP);
    counts[st] = mode === "per status" && over ? COUNT_CAP : n;
    if (over) capped.push(st);
  }
  counts.all = REQUEST_STATUSES.reduce((t, st) => t + (counts[st] ?? 0), 0);
  if (mode === "in all" && total > COUNT_CAP) counts.all = COUNT_CAP;
  if (capped.length) capped.push("all");
  return { counts, capped };
}
