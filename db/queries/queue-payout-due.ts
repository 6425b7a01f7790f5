import { sql, type SQL } from "drizzle-orm";
import { OPEN_PAYOUT_STATES } from "@/lib/payouts/vocabulary";
import { payouts, refundRequests as r } from "../schema";

/**
 * The payout deadline still running on a request (the earliest of its open payouts), for the SLA
 * badge of a decided request: the review SLA ends with the decision, the payout SLA starts.
 */
export const PAYOUT_DUE_BY: SQL<Date | null> =
  sql<Date | null>`(SELECT min(${payouts.dueBy}) FROM ${payouts} WHERE ${payouts.requestId} = ${r.id} AND ${payouts.state} IN (${sql.join(
    OPEN_PAYOUT_STATES.map((s) => sql`${s}`),
    sql`, `,
  )}))`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v)));
