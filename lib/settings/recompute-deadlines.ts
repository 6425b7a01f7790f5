import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { BALANCE_WORKING_DAYS, REVIEW_WORKING_DAYS } from "@/lib/policy/deadlines";
import type { Calendar } from "@/lib/policy/calendar";
import { OPEN_PAYOUT_STATES } from "@/lib/payouts/vocabulary";
import { deadlineSteps } from "./deadline-map";

export type RecomputedDeadlines = { reviewBy: number; payoutDueBy: number };

const OPEN = sql.join(
  OPEN_PAYOUT_STATES.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * After the calendar changed: the review deadline of every request in review (SLA-REVIEW-2WD,
 * from when it became complete) and the due date of every open payout (SLA-BALANCE-5WD from the
 * decision; SLA-DIRECT-1M, a calendar month in the calendar's zone) follow the new calendar.
 * One UPDATE per table, in the caller's transaction (the one saving the calendar): the working
 * days per local date come from the engine's own calendar code (deadlineSteps), PostgreSQL
 * applies them. Returns how many deadlines moved.
 */
export async function recomputeDeadlines(tx: Tx, calendar: Calendar): Promise<RecomputedDeadlines> {
  const tz = calendar.timeZone;
  const base = sql`coalesce(r.completed_at, r.received_at)`;
  const [range] = await tx.execute<{
    lo: string | null;
    hi: string | null;
    plo: string | null;
    phi: string | null;
  }>(sql`
    SELECT (SELECT min((${base} AT TIME ZONE ${tz})::date)::text FROM refund_requests r WHERE r.status = 'to_review' AND r.review_by IS NOT NULL) AS lo,
           (SELECT max((${base} AT TIME ZONE ${tz})::date)::text FROM refund_requests r WHERE r.status = 'to_review' AND r.review_by IS NOT NULL) AS hi,
           (SELECT min((p.created_at AT TIME ZONE ${tz})::date)::text FROM payouts p WHERE p.state IN (${OPEN}) AND p.destination = 'balance') AS plo,
           (SELECT max((p.created_at AT TIME ZONE ${tz})::date)::text FROM payouts p WHERE p.state IN (${OPEN}) AND p.destination = 'balance') AS phi`);
  let reviewBy = 0;
  if (range?.lo && range.hi) {
    const steps = JSON.stringify(deadlineSteps(range.lo, range.hi, REVIEW_WORKING_DAYS, calendar));
    const due = sql`((m.target::timestamp + CASE WHEN m."keepTime" THEN (${base} AT TIME ZONE ${tz})::time ELSE time '00:00' END) AT TIME ZONE ${tz})`;
    const rows = await tx.execute(sql`
      UPDATE refund_requests r SET review_by = ${due}
      FROM jsonb_to_recordset(${steps}::jsonb) AS m(d date, target date, "keepTime" boolean)
      WHERE r.status = 'to_review' AND r.review_by IS NOT NULL
        AND (${base} AT TIME ZONE ${tz})::date = m.d AND r.review_by IS DISTINCT FROM ${due}
      RETURNING r.id`);
    reviewBy = rows.length;
  }
  let payoutDueBy = 0;
  const pbase = sql`p.created_at`;
  if (range?.plo && range.phi) {
    const steps = JSON.stringify(
      deadlineSteps(range.plo, range.phi, BALANCE_WORKING_DAYS, calendar),
    );
    const due = sql`((m.target::timestamp + CASE WHEN m."keepTime" THEN (${pbase} AT TIME ZONE ${tz})::time ELSE time '00:00' END) AT TIME ZONE ${tz})`;
    const rows = await tx.execute(sql`
      UPDATE payouts p SET due_by = ${due}
      FROM jsonb_to_recordset(${steps}::jsonb) AS m(d date, target date, "keepTime" boolean)
      WHERE p.state IN (${OPEN}) AND p.destination = 'balance'
        AND (${pbase} AT TIME ZONE ${tz})::date = m.d AND p.due_by IS DISTINCT FROM ${due}
      RETURNING p.id`);
    payoutDueBy += rows.length;
  }
  const month = sql`(((${pbase} AT TIME ZONE ${tz}) + interval '1 month') AT TIME ZONE ${tz})`;
  const direct = await tx.execute(sql`
    UPDATE payouts p SET due_by = ${month}
    WHERE p.state IN (${OPEN}) AND p.destination = 'direct' AND p.due_by IS DISTINCT FROM ${month}
    RETURNING p.id`);
  payoutDueBy += direct.length;
  return { reviewBy, payoutDueBy };
}
