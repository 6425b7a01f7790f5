import { and, asc, desc, eq, gte, isNull, lt, lte, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { customers, refundRequests, users } from "../schema";
import { REQUEST_STATUSES } from "../schema/enums";
import { decodeCursor, encodeCursor, type QueueFilters } from "./queue-filters";

export const PAGE_SIZE = 50;
const r = refundRequests;

/** WHERE conditions for every filter except the tab. */
export function filterConditions(f: QueueFilters, userId: string, now: Date): SQL[] {
  const c: SQL[] = [];
  if (f.status) c.push(eq(r.status, f.status));
  if (f.product) c.push(eq(r.productKind, f.product));
  if (f.rec) c.push(eq(r.recOutcome, f.rec));
  if (f.clause) c.push(sql`${r.recClauses} @> ARRAY[${f.clause}]::text[]`);
  if (f.sla) {
    const endOfDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    if (f.sla === "overdue") c.push(lt(r.reviewBy, now));
    if (f.sla === "today") c.push(and(gte(r.reviewBy, now), lt(r.reviewBy, endOfDay))!);
    if (f.sla === "later") c.push(gte(r.reviewBy, endOfDay));
  }
  if (f.assignee === "me") c.push(eq(r.assigneeId, userId));
  if (f.assignee === "unassigned") c.push(isNull(r.assigneeId));
  if (f.currency) c.push(eq(r.currency, f.currency));
  if (f.min !== undefined) c.push(gte(r.amountRequestedMinor, f.min));
  if (f.max !== undefined) c.push(lte(r.amountRequestedMinor, f.max));
  if (f.from) c.push(gte(r.receivedAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to) c.push(lt(r.receivedAt, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  if (f.q) c.push(searchCondition(f.q));
  return c;
}

/** Reference, email, phone number, or words of the emails (full-text). */
export function searchCondition(q: string): SQL {
  const t = q.trim();
  if (/^RR-\d{4}-\d+$/i.test(t)) return eq(r.ref, t.toUpperCase());
  if (/^RR-/i.test(t)) return sql`${r.ref} LIKE ${t.toUpperCase().replace(/[%_]/g, "") + "%"}`;
  if (/^[^\s@]+@[^\s@]+$/.test(t)) return sql`lower(${r.fromAddress}) = ${t.toLowerCase()}`;
  const digits = t.replace(/[\s()-]/g, "");
  if (/^\+?\d{7,15}$/.test(digits)) return sql`${r.phoneNumbers} @> ARRAY[${digits.startsWith("+") ? digits : `+${digits}`}]::text[]`;
  return sql`${r.searchText} @@ plainto_tsquery('simple', ${t})`;
}

function sortSpec(f: QueueFilters) {
  switch (f.sort) {
    case "received":
      return { col: r.receivedAt, dir: "desc" as const, toCursor: (row: { receivedAt: Date }) => row.receivedAt.toISOString() };
    case "amount":
      return { col: r.amountRequestedMinor, dir: "desc" as const, toCursor: (row: { amountRequestedMinor: number | null }) => row.amountRequestedMinor?.toString() ?? null };
    default:
      return { col: r.reviewBy, dir: "asc" as const, toCursor: (row: { reviewBy: Date | null }) => row.reviewBy?.toISOString() ?? null };
  }
}

/**
 * Keyset condition "after the cursor" for ORDER BY col <dir> NULLS LAST, id <dir>
 * (id follows the sort direction so one index serves the whole order).
 */
function afterCursor(col: AnyColumn, dir: "asc" | "desc", cursor: { v: string | null; id: string }, isDate: boolean): SQL {
  const idBeyond = dir === "asc" ? sql`${r.id} > ${cursor.id}` : sql`${r.id} < ${cursor.id}`;
  if (cursor.v === null) return and(sql`${col} IS NULL`, idBeyond)!;
  // Bound as text with an explicit cast: a raw Date parameter is not serialisable inside sql``.
  const v = isDate ? sql`${new Date(cursor.v).toISOString()}::timestamptz` : sql`${Number(cursor.v)}::bigint`;
  const beyond = dir === "asc" ? sql`${col} > ${v}` : sql`${col} < ${v}`;
  return or(beyond, and(sql`${col} = ${v}`, idBeyond), sql`${col} IS NULL`)!;
}

export async function listQueue(db: Db, f: QueueFilters, userId: string, now = new Date()) {
  const conds = filterConditions(f, userId, now);
  if (f.tab !== "all") conds.push(eq(r.status, f.tab));
  const s = sortSpec(f);
  const cursor = decodeCursor(f.after);
  if (cursor) conds.push(afterCursor(s.col, s.dir, cursor, f.sort !== "amount"));
  const order = s.dir === "asc" ? [sql`${s.col} ASC NULLS LAST`, asc(r.id)] : [sql`${s.col} DESC NULLS LAST`, desc(r.id)];
  const rows = await db
    .select({
      id: r.id, ref: r.ref, receivedAt: r.receivedAt, status: r.status, fromAddress: r.fromAddress, customerName: customers.name,
      serviceName: r.serviceName, productKind: r.productKind, amountRequestedMinor: r.amountRequestedMinor, currency: r.currency,
      recOutcome: r.recOutcome, recAmountMinor: r.recAmountMinor, reviewBy: r.reviewBy, assigneeId: r.assigneeId, assigneeName: users.name,
      customerMatched: r.customerMatched,
    })
    .from(r)
    .leftJoin(customers, eq(customers.id, r.customerId))
    .leftJoin(users, eq(users.id, r.assigneeId))
    .where(and(...conds))
    .orderBy(...order)
    .limit(PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const nextCursor = rows.length > PAGE_SIZE && last ? encodeCursor({ v: s.toCursor(last as never), id: last.id }) : null;
  return { rows: page, nextCursor };
}

/**
 * Tab counts. Without filters they come from request_status_counts (kept
 * exact by a trigger); with filters, one pass over the matching rows.
 */
export async function queueCounts(db: Db, f: QueueFilters, userId: string, now = new Date()): Promise<Record<string, number>> {
  const conds = filterConditions(f, userId, now);
  const rows =
    conds.length === 0
      ? await db.execute<{ status: string; n: string }>(sql`SELECT status::text, n::text FROM request_status_counts`)
      : await db.execute<{ status: string; n: string }>(sql`SELECT ${r.status}::text AS status, count(*)::text AS n FROM ${r} WHERE ${and(...conds)} GROUP BY ${r.status}`);
  const out: Record<string, number> = Object.fromEntries(REQUEST_STATUSES.map((st) => [st, 0]));
  for (const x of rows) out[x.status] = Number(x.n);
  out.all = rows.reduce((t, x) => t + Number(x.n), 0);
  return out;
}
