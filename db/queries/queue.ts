import { and, asc, desc, eq, gte, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { customers, refundRequests, users } from "../schema";
import { decisionInForce } from "./queue-decision";
import { decodeCursor, encodeCursor, type QueueFilters } from "./queue-filters";
import { PAYOUT_DUE_BY } from "./queue-payout-due";
import { HAS_UNSENT_DRAFT, replyCondition } from "./queue-reply-state";
import { searchPlan } from "./queue-search";
import { afterCursor, sortSpec, type SortSpec } from "./queue-sort";

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
    const endOfDay = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1),
    );
    if (f.sla === "overdue") c.push(lt(r.reviewBy, now));
    if (f.sla === "today") c.push(gte(r.reviewBy, now), lt(r.reviewBy, endOfDay));
    if (f.sla === "later") c.push(gte(r.reviewBy, endOfDay));
  }
  if (f.assignee === "me") c.push(eq(r.assigneeId, userId));
  if (f.assignee === "unassigned") c.push(isNull(r.assigneeId));
  if (f.currency) c.push(eq(r.currency, f.currency));
  if (f.reply) c.push(replyCondition(f.reply));
  if (f.min !== undefined) c.push(gte(r.amountRequestedMinor, f.min));
  if (f.max !== undefined) c.push(lte(r.amountRequestedMinor, f.max));
  if (f.from) c.push(gte(r.receivedAt, new Date(`${f.from}T00:00:00Z`)));
  if (f.to)
    c.push(lt(r.receivedAt, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  if (f.q) c.push(searchCondition(f.q));
  return c;
}

/** Reference, order, phone, email, customer name or words of the emails: see queue-search.ts. */
export function searchCondition(q: string): SQL {
  return searchPlan(q).where;
}

/** The listing statement of a queue view, unexecuted: listQueue runs it, the plan test EXPLAINs it. */
export function queueListStatement(db: Db, f: QueueFilters, userId: string, now = new Date()) {
  const conds = filterConditions(f, userId, now);
  if (f.tab !== "all") conds.push(eq(r.status, f.tab));
  const s: SortSpec = sortSpec(f);
  const search = f.q ? searchPlan(f.q) : null;
  const cursor = decodeCursor(f.after, f.sort);
  // Values are bound as text with a cast: a raw Date is not serialisable inside sql``.
  if (cursor?.v) conds.push(afterCursor(s, { ...cursor, v: cursor.v }, search?.rank ?? null));
  const order = [
    ...(search ? [sql`${search.rank} ASC`] : []),
    ...(s.group ? [sql`${s.group} ASC`] : []),
    ...(s.dir === "asc" ? [sql`${s.key} ASC`, asc(r.id)] : [sql`${s.key} DESC`, desc(r.id)]),
  ];
  const d = decisionInForce(db);
  const query = db
    .select({
      id: r.id,
      ref: r.ref,
      receivedAt: r.receivedAt,
      status: r.status,
      fromAddress: r.fromAddress,
      customerName: customers.name,
      serviceName: r.serviceName,
      productKind: r.productKind,
      amountRequestedMinor: r.amountRequestedMinor,
      currency: r.currency,
      recOutcome: r.recOutcome,
      recAmountMinor: r.recAmountMinor,
      recClauses: r.recClauses,
      version: r.version,
      reviewBy: r.reviewBy,
      assigneeId: r.assigneeId,
      assigneeName: users.name,
      customerMatched: r.customerMatched,
      decisionKind: d.decisionKind,
      decisionAmountMinor: d.decisionAmountMinor,
      decisionCurrency: d.decisionCurrency,
      decisionOverride: d.decisionOverride,
      decidedAt: d.decidedAt,
      decidedByName: d.decidedByName,
      replyDraft: HAS_UNSENT_DRAFT,
      payoutDueBy: PAYOUT_DUE_BY,
      matched: search ? sql<string | null>`${search.matched}` : sql<string | null>`NULL::text`,
      rank: search ? sql<number | null>`${search.rank}` : sql<number | null>`NULL::int`,
    })
    .from(r)
    .leftJoin(customers, eq(customers.id, r.customerId))
    .leftJoin(users, eq(users.id, r.assigneeId))
    .leftJoinLateral(d, sql`true`)
    .where(and(...conds))
    .orderBy(...order)
    .limit(PAGE_SIZE + 1);
  return { query, sort: s };
}

export async function listQueue(db: Db, f: QueueFilters, userId: string, now = new Date()) {
  const { query, sort: s } = queueListStatement(db, f, userId, now);
  const rows = await query;
  const page = rows.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > PAGE_SIZE && last
      ? encodeCursor({
          v: s.toCursor(last),
          id: last.id,
          ...(last.rank === null ? {} : { rank: last.rank }),
        })
      : null;
  return { rows: page, nextCursor };
}
