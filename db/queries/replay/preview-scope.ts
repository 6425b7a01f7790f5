import { sql, type SQL } from "drizzle-orm";
import type { PolicyCase, PolicyResult } from "@/lib/policy";
import { OPEN_PAYOUT_STATES } from "@/lib/payouts/vocabulary";
import type { Tx } from "../../client";
import type { ReplayPreviewScope } from "../../schema";

const dayAfter = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The requests a preview looks at, as a condition on refund_requests `r`. */
export function scopeWhere(s: ReplayPreviewScope): SQL {
  return sql.join(
    [
      sql`r.received_at >= ${`${s.from}T00:00:00Z`}::timestamptz`,
      sql`r.received_at < ${`${dayAfter(s.to)}T00:00:00Z`}::timestamptz`,
      ...(s.status === "open" ? [sql`r.status IN ('to_review', 'awaiting_customer')`] : []),
      ...(s.claim ? [sql`r.claim = ${s.claim}`] : []),
      ...(s.productKind ? [sql`r.product_kind = ${s.productKind}`] : []),
    ],
    sql` AND `,
  );
}

/** How many requests the scope holds (the preview's "of N"). */
export async function countInScope(db: Tx, s: ReplayPreviewScope): Promise<number> {
  const [row] = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM refund_requests r WHERE ${scopeWhere(s)}`,
  );
  return row?.n ?? 0;
}

export type ScopeRequest = { id: string; ref: string; open: boolean };

/** The next `limit` requests of the scope after `after`, in id order (keyset). */
export function scopeBatch(
  db: Tx,
  s: ReplayPreviewScope,
  after: string | null,
  limit: number,
): Promise<ScopeRequest[]> {
  return db.execute<ScopeRequest>(sql`
    SELECT r.id, r.ref, r.status IN ('to_review', 'awaiting_customer') AS open
    FROM refund_requests r
    WHERE ${scopeWhere(s)} ${after ? sql`AND r.id > ${after}::uuid` : sql``}
    ORDER BY r.id
    LIMIT ${limit}`);
}

export type StoredEvaluation = {
  requestId: string;
  engineVersion: string;
  input: PolicyCase;
  result: PolicyResult;
};

/** Each request's latest stored evaluation (engine mode replays its input). */
export function latestEvaluations(db: Tx, ids: readonly string[]): Promise<StoredEvaluation[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.execute<StoredEvaluation>(sql`
    SELECT DISTINCT ON (e.request_id) e.request_id AS "requestId", e.engine_version AS "engineVersion",
      e.input, e.result
    FROM policy_evaluations e
    WHERE e.request_id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    ORDER BY e.request_id, e.evaluated_at DESC`);
}

export type OpenPayout = { requestId: string; destination: "balance" | "direct"; createdAt: Date };

/** The payouts still owed on these requests: their deadlines follow the calendar (recompute-deadlines). */
export async function openPayoutsOf(db: Tx, ids: readonly string[]): Promise<OpenPayout[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<{ requestId: string; destination: string; createdAt: string }>(sql`
    SELECT p.request_id AS "requestId", p.destination::text AS destination, p.created_at AS "createdAt"
    FROM payouts p
    WHERE p.request_id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
      AND p.state IN (${sql.join(
        OPEN_PAYOUT_STATES.map((st) => sql`${st}`),
        sql`, `,
      )})`);
  return rows.map((r) => ({
    requestId: r.requestId,
    destination: r.destination === "direct" ? "direct" : "balance",
    createdAt: new Date(r.createdAt),
  }));
}
