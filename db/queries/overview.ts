import { desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { AnyPgTable } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import {
  auditLog,
  auditVerifications,
  customers,
  decisions,
  inboundEmails,
  orders,
  refundRequests,
  users,
} from "../schema";

/**
 * Requests per workflow status, from the counters a trigger keeps exact (no scan of refund_requests).
 * Each status has 16 counter rows (by connection), so concurrent writers do not queue on one row.
 */
export async function requestCountsByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.execute<{ status: string; n: string }>(
    sql`SELECT status::text, sum(n)::text AS n FROM request_status_counts GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

const countOf = (table: AnyPgTable) => sql<number>`(SELECT count(*)::int FROM ${table})`;

/** Sizes of the main tables, shown on the overview pages. */
export async function dataOverview(db: Db) {
  const [row] = await db
    .select({
      customers: countOf(customers),
      orders: countOf(orders),
      emails: countOf(inboundEmails),
      quarantined: sql<number>`(SELECT count(*)::int FROM ${inboundEmails} WHERE state = 'quarantined')`,
      requests: countOf(refundRequests),
      decisions: countOf(decisions),
      auditEntries: countOf(auditLog),
    })
    .from(sql`(SELECT 1) AS one`);
  if (!row) throw new Error("an aggregate over one row returned none");
  return row;
}

/** What the Audit page shows of the table sizes: entries and decisions (not the five other counts of dataOverview). */
export async function auditCounts(db: Db): Promise<{ auditEntries: number; decisions: number }> {
  const [row] = await db
    .select({
      auditEntries: countOf(auditLog),
      decisions: countOf(decisions),
    })
    .from(sql`(SELECT 1) AS one`);
  if (!row) throw new Error("an aggregate over one row returned none");
  return row;
}

/** The newest full verifications of the audit chain, with who asked for each (null: the schedule). */
export async function recentVerifications(db: Db, limit = 10) {
  return db
    .select({ ...getTableColumns(auditVerifications), requestedByName: users.name })
    .from(auditVerifications)
    .leftJoin(users, eq(users.id, auditVerifications.requestedBy))
    .orderBy(desc(auditVerifications.id))
    .limit(limit);
}
