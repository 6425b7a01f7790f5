import { and, sql } from "drizzle-orm";
import type { Db } from "../client";
import { refundRequests } from "../schema";
import { REQUEST_STATUSES } from "../schema/enums";
import { requestCountsByStatus } from "./overview";
import { filterConditions } from "./queue";
import type { QueueFilters } from "./queue-filters";

const r = refundRequests;

/** A word search counts at most this many matches: "Number" can match most of 200 000 requests. */
export const SEARCH_COUNT_CAP = 10_000;

export type QueueCounts = { counts: Record<string, number>; capped: boolean };

/**
 * Tab counts. Without filters they come from request_status_counts (kept
 * exact by a trigger); with filters, one pass over the matching rows (a
 * covering index serves it); a word search stops counting at SEARCH_COUNT_CAP
 * and says so, so a common word cannot make the page slow.
 */
export async function queueCounts(
  db: Db,
  f: QueueFilters,
  userId: string,
  now = new Date(),
): Promise<QueueCounts> {
  const conds = filterConditions(f, userId, now);
  const where = and(...conds);
  const byStatus =
    conds.length === 0
      ? await requestCountsByStatus(db)
      : Object.fromEntries(
          (f.q
            ? await db.execute<{ status: string; n: string }>(
                sql`SELECT status::text, count(*)::text AS n FROM (SELECT ${r.status} FROM ${r} WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) m GROUP BY status`,
              )
            : await db.execute<{ status: string; n: string }>(
                sql`SELECT ${r.status}::text AS status, count(*)::text AS n FROM ${r} WHERE ${where} GROUP BY ${r.status}`,
              )
          ).map((x) => [x.status, Number(x.n)]),
        );
  const counts: Record<string, number> = {
    ...Object.fromEntries(REQUEST_STATUSES.map((st) => [st, 0])),
    ...byStatus,
  };
  counts.all = REQUEST_STATUSES.reduce((t, st) => t + (counts[st] ?? 0), 0);
  return { counts, capped: Boolean(f.q) && counts.all > SEARCH_COUNT_CAP };
}
