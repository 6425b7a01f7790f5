import { and, asc, desc, eq, gte, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { customers, refundRequests, users } from "../schema";
import { REQUEST_STATUSES } from "../schema/enums";
import { requestCountsByStatus } from "./overview";
import { decisionInForce } from "./queue-decision";
import { decodeCursor, encodeCursor, type QueueFilters } from "./queue-filters";
import { PAYOUT_DUE_BY } from "./queue-payout-due";
import { HAS_UNSENT_DRAFT, replyCondition } from "./queue-reply-state";
import { searchPlan } from "./queue-search";

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

/**
 * Sort keys as expressions with NULLs folded into a sentinel (no due date =
 * "infinity", no amount = -1), so keyset paging is one row comparison that an
 * expression index answers directly. Matching indexes: migration 0009.
 */
const DUE = sql`coalesce(${r.reviewBy}, 'infinity'::timestamptz)`;
const AMOUNT = sql`coalesce(${r.amountRequestedMinor}, -1)`;
// Amounts compare only within a currency: the amount sort groups by currency first.
const CURRENCY = sql`coalesce(${r.currency}, '')`;

function sortSpec(f: QueueFilters) {
  switch (f.sort) {
    case "received":
      return {
        key: sql`${r.receivedAt}`,
        cast: sql`::timestamptz`,
        dir: "desc" as const,
        toCursor: (row: QueueRow) => row.receivedAt.toISOString(),
      };
    case "amount":
      return {
        key: AMOUNT,
        cast: sql`::bigint`,
        dir: "desc" as const,
        group: CURRENCY,
        toCursor: (row: QueueRow) => `${row.currency ?? ""}:${row.amountRequestedMinor ?? -1}`,
      };
    default:
      return {
        key: DUE,
        cast: sql`::timestamptz`,
        dir: "asc" as const,
        toCursor: (row: QueueRow) => row.reviewBy?.toISOString() ?? "infinity",
      };
  }
}
type QueueRow = {
  receivedAt: Date;
  amountRequestedMinor: number | null;
  currency: string | null;
  reviewBy: Date | null;
};
type SortSpec = ReturnType<typeof sortSpec> & { group?: SQL };

/**
 * Rows after the cursor in (rank ASC, group ASC, key dir, id dir) order, spelled out because the
 * directions differ (a row comparison needs one direction). rank: a search's matched field.
 */
function afterCursor(
  s: SortSpec,
  c: { v: string; id: string; rank?: number },
  rank: SQL | null,
): SQL {
  const [groupV, keyV] = s.group
    ? [c.v.slice(0, c.v.indexOf(":")), c.v.slice(c.v.indexOf(":") + 1)]
    : [null, c.v];
  const cmp = s.dir === "asc" ? sql`>` : sql`<`;
  let cond = sql`(${s.key}, ${r.id}) ${cmp} (${keyV}${s.cast}, ${c.id}::uuid)`;
  if (s.group && groupV !== null)
    cond = sql`(${s.group} > ${groupV} OR (${s.group} = ${groupV} AND ${cond}))`;
  if (rank && c.rank !== undefined)
    cond = sql`(${rank} > ${c.rank} OR (${rank} = ${c.rank} AND ${cond}))`;
  return cond;
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
