import { sql, type SQL } from "drizzle-orm";
import type { DecisionFilters } from "./decisions-filters";

const dayStart = (d: string) => `${d}T00:00:00Z`;
const dayAfter = (d: string) =>
  new Date(new Date(dayStart(d)).getTime() + 86_400_000).toISOString();

/**
 * Decision d was superseded by a later one. The IS NOT NULL, implied by the equality, lets a plan
 * that hashes every superseded decision read the partial index of those few, not every decision.
 */
export const SUPERSEDED = sql`EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id AND s.supersedes_id IS NOT NULL)`;

/**
 * WHERE conditions of the decisions view over `decisions d JOIN refund_requests r`.
 * The same conditions serve the page, its CSV export and the reports' drill-downs.
 */
export function decisionConditions(f: DecisionFilters): SQL[] {
  const c: SQL[] = [];
  if (f.reviewer) c.push(sql`d.decided_by = ${f.reviewer}::uuid`);
  if (f.kind) c.push(sql`d.kind = ${f.kind}::decision_kind`);
  if (f.clause) c.push(sql`d.clauses @> ARRAY[${f.clause}]::text[]`);
  if (f.override) c.push(f.override === "yes" ? sql`d.override` : sql`NOT d.override`);
  if (f.agrees) c.push(f.agrees === "yes" ? sql`d.agrees` : sql`NOT d.agrees`);
  if (f.min !== undefined) c.push(sql`d.amount_minor >= ${f.min}`);
  if (f.max !== undefined) c.push(sql`d.amount_minor <= ${f.max}`);
  if (f.currency) c.push(sql`d.currency = ${f.currency}`);
  if (f.destination) c.push(sql`d.destination = ${f.destination}::destination`);
  if (f.from) c.push(sql`d.created_at >= ${dayStart(f.from)}::timestamptz`);
  if (f.to) c.push(sql`d.created_at < ${dayAfter(f.to)}::timestamptz`);
  // SLA-REVIEW-2WD against the deadline in force when the decision was taken; no deadline = neither.
  if (f.sla === "met") c.push(sql`d.created_at <= d.review_due_by`);
  if (f.sla === "missed") c.push(sql`d.created_at > d.review_due_by`);
  if (f.payout === "none")
    c.push(sql`NOT EXISTS (SELECT 1 FROM payouts p WHERE p.decision_id = d.id)`);
  else if (f.payout)
    c.push(
      sql`EXISTS (SELECT 1 FROM payouts p WHERE p.decision_id = d.id AND p.state = ${f.payout}::payout_state)`,
    );
  if (f.payoutSla) {
    const done = sql`CASE p.destination WHEN 'direct' THEN p.settled_at ELSE p.credited_at END`;
    c.push(
      f.payoutSla === "met"
        ? sql`EXISTS (SELECT 1 FROM payouts p WHERE p.decision_id = d.id AND ${done} <= p.due_by)`
        : sql`EXISTS (SELECT 1 FROM payouts p WHERE p.decision_id = d.id
            AND p.state NOT IN ('cancelled', 'rejected', 'on_balance')
            AND (${done} > p.due_by OR (${done} IS NULL AND p.due_by < now())))`,
    );
  }
  if (f.product) c.push(sql`r.product_kind = ${f.product}`);
  if (f.claim) c.push(sql`r.claim = ${f.claim}::claim`);
  if (f.current === "yes") c.push(sql`NOT ${SUPERSEDED}`);
  if (f.current === "no") c.push(SUPERSEDED);
  return c;
}

/** The conditions joined with AND (TRUE when there are none). */
export function whereDecisions(f: DecisionFilters, extra: SQL[] = []): SQL {
  const all = [...decisionConditions(f), ...extra];
  return all.length ? sql.join(all, sql` AND `) : sql`TRUE`;
}
