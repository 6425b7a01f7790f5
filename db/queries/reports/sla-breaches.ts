import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { inPeriod, type ReportFilters } from "./report-filters";
import type { SlaMetric } from "./sla-report";

export type SlaBreach = {
  metric: SlaMetric;
  /** The request (or, for automatic refunds, the order) reference. */
  ref: string;
  requestId: string | null;
  reviewer: string | null;
  dueBy: Date;
  doneAt: Date | null;
};

/** Each breach of each SLA in the period, latest deadline first (at most `limit` per SLA). */
export async function slaBreaches(
  db: Db,
  f: ReportFilters,
  now = new Date(),
  limit = 100,
): Promise<SlaBreach[]> {
  const reviewer = f.reviewer ? sql`AND d.decided_by = ${f.reviewer}::uuid` : sql``;
  const nowTs = sql`${now.toISOString()}::timestamptz`;
  // The condition is written as payouts_sla_breach_idx's predicate, so the planner can use that index.
  const done = sql`(CASE p.destination WHEN 'direct' THEN p.settled_at ELSE p.credited_at END)`;
  const payout = (metric: SlaMetric) => sql`
    (SELECT ${metric} AS metric, r.ref, r.id AS "requestId", u.name AS reviewer, p.due_by AS "dueBy", ${done} AS "doneAt"
    FROM payouts p JOIN decisions d ON d.id = p.decision_id JOIN users u ON u.id = d.decided_by
    JOIN refund_requests r ON r.id = p.request_id
    WHERE p.destination = ${metric}::destination AND p.decision_id IS NOT NULL
      AND p.state NOT IN ('cancelled', 'rejected', 'on_balance')
      AND (${done} > p.due_by OR ${done} IS NULL) AND (${done} IS NOT NULL OR p.due_by < ${nowTs})
      AND ${inPeriod(sql`p.created_at`, f)} ${reviewer}
    ORDER BY p.due_by DESC LIMIT ${limit})`;
  const rows = await db.execute<Record<string, unknown>>(sql`
    (SELECT 'review' AS metric, r.ref, r.id AS "requestId", u.name AS reviewer, d.review_due_by AS "dueBy", d.created_at AS "doneAt"
    FROM decisions d JOIN users u ON u.id = d.decided_by JOIN refund_requests r ON r.id = d.request_id
    WHERE d.supersedes_id IS NULL AND d.created_at > d.review_due_by AND ${inPeriod(sql`d.created_at`, f)} ${reviewer}
    ORDER BY d.review_due_by DESC LIMIT ${limit})
    UNION ALL ${payout("balance")}
    UNION ALL ${payout("direct")}
    UNION ALL
    (SELECT 'automatic', o.ref, NULL, NULL, o.activated_at + interval '20 minutes', o.auto_refunded_at
    FROM orders o WHERE o.kind = 'disposable_number' AND o.auto_refunded_at > o.activated_at + interval '20 minutes'
      AND ${inPeriod(sql`o.activated_at`, f)} ${f.reviewer ? sql`AND false` : sql``}
    ORDER BY o.activated_at DESC LIMIT ${limit})`);
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(String(v)));
  return rows.map((x) => ({
    metric: x.metric as SlaMetric,
    ref: String(x.ref),
    requestId: (x.requestId as string | null) ?? null,
    reviewer: (x.reviewer as string | null) ?? null,
    dueBy: new Date(String(x.dueBy)),
    doneAt: date(x.doneAt),
  }));
}
