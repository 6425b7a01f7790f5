import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { customers, refundRequests, users } from "../schema";
import { decisionInForce } from "./queue-decision";
import { encodeCursor } from "./queue-filters";
import { listWhere, type ListForm } from "./queue-list-where";
import { PAYOUT_DUE_BY } from "./queue-payout-due";
import { filterConditions, type QueueQuery } from "./queue-query";
import { HAS_UNSENT_DRAFT } from "./queue-reply-state";
import { searchPlan } from "./queue-search";
import { sortSpec } from "./queue-sort";

export type { QueueQuery } from "./queue-query";
export { filterConditions, prepareQueueQuery, viewConditions } from "./queue-query";

export const PAGE_SIZE = 50;
const r = refundRequests;

/**
 * The listing statement of a queue view, unexecuted: listQueue runs it, the plan test and the
 * bench EXPLAIN it. `form` is how its rows are found (queue-list-where.ts).
 */
export function queueListStatement(db: Db, qq: QueueQuery, form: ListForm = "walk") {
  const { f } = qq;
  const s = sortSpec(f);
  const scope = filterConditions(qq);
  if (f.tab !== "all") scope.push(eq(r.status, f.tab));
  const search = qq.search ? searchPlan(qq.search) : null;
  const order = [
    ...(search ? [sql`${search.rank} ASC`] : []),
    ...(s.group ? [sql`${s.group} ASC`] : []),
    ...(s.dir === "asc"
      ? [sql`${s.key} ASC`, sql`${r.id} ASC`]
      : [sql`${s.key} DESC`, sql`${r.id} DESC`]),
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
    .where(listWhere({ qq, scope, sort: s, form, pageSize: PAGE_SIZE + 1 }))
    .orderBy(...order)
    .limit(PAGE_SIZE + 1);
  return { query, sort: s };
}

export async function listQueue(db: Db, qq: QueueQuery, form: ListForm = "walk") {
  const { query, sort: s } = queueListStatement(db, qq, form);
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
