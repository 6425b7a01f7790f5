import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ENGINE_VERSION, type Calendar } from "@/lib/policy";

/** A request whose latest evaluation used another engine or calendar than today's. */
export type StaleRequest = { id: string; engine_version: string; calendar_changed: boolean };

export type StaleRequestsWhere = {
  /** Keyset: ids after this one. */
  after?: string;
  /** Only these requests. */
  ids?: readonly string[];
  limit: number;
  /** Lock the rows found (FOR UPDATE SKIP LOCKED): a row another transaction holds is left out. */
  lock?: boolean;
};

/**
 * Open, undecided requests (to review, awaiting the customer) whose latest evaluation used
 * another engine version or calendar than `calendar`, in id order. Read without locks to pick a
 * batch, then again with `lock` inside the batch's transaction, which re-checks each row.
 */
export function staleRequests(tx: Tx, calendar: Calendar, where: StaleRequestsWhere) {
  const cal = sql`${JSON.stringify(calendar)}::jsonb`;
  const ids = where.ids
    ? sql`AND r.id IN (${sql.join(
        where.ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  return tx.execute<StaleRequest>(sql`
    SELECT r.id, pe.engine_version, pe.calendar <> ${cal} AS calendar_changed
    FROM refund_requests r
    CROSS JOIN LATERAL (
      SELECT engine_version, calendar FROM policy_evaluations e
      WHERE e.request_id = r.id ORDER BY e.evaluated_at DESC LIMIT 1
    ) pe
    WHERE r.status IN ('to_review', 'awaiting_customer')
      AND (pe.engine_version <> ${ENGINE_VERSION} OR pe.calendar <> ${cal})
      ${where.after ? sql`AND r.id > ${where.after}::uuid` : sql``}
      ${ids}
    ORDER BY r.id
    LIMIT ${where.limit}
    ${where.lock ? sql`FOR UPDATE OF r SKIP LOCKED` : sql``}`);
}
