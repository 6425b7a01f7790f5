import { eq, gte, isNull, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { refundRequests } from "../schema";
import { clauseCountsByStatus, COUNT_CAP } from "./queue-clause-counts";
import type { QueueFilters } from "./queue-filters";
import { replyCondition } from "./queue-reply-state";
import { DUE } from "./queue-sort";
import { searchMatchers, searchPlan, type Matcher } from "./queue-search";
import { searchTerms } from "./queue-search-terms";
import { lookUpSearch } from "./queue-search-lookups";

const r = refundRequests;

/** A queue view ready to run: its filters, who is looking and when, and its search's conditions. */
export type QueueQuery = {
  f: QueueFilters;
  userId: string;
  now: Date;
  /** The search's conditions, with the customers and orders it names looked up; null: no search. */
  search: Matcher[] | null;
  /**
   * "identity": the search names a request, an order, a phone number or an email address, so its
   * matches are one person's history, found from their indexes; "text": a name or words.
   */
  searchKind: "identity" | "text" | null;
  /** Requests recommended with the filtered clause, per status (trigger-kept); null: no clause filter. */
  clauseCounts: Record<string, number> | null;
  /**
   * A condition known to match few requests, by an index: an identity search, or a clause cited by
   * fewer than COUNT_CAP requests in all. Its rows are fetched first and the rest of the view is
   * applied to them as a filter, never as a second index that the planner (which cannot see how
   * rare a clause is) would AND in, reading a whole tab of it. Null: none.
   */
  driver: SQL | null;
};

export async function prepareQueueQuery(
  db: Db,
  f: QueueFilters,
  userId: string,
  now = new Date(),
): Promise<QueueQuery> {
  const terms = f.q ? searchTerms(f.q) : null;
  const search = terms ? searchMatchers(terms, await lookUpSearch(db, terms)) : null;
  const searchKind = terms ? (terms.words ? "text" : "identity") : null;
  const clauseCounts = f.clause ? await clauseCountsByStatus(db, f.clause) : null;
  const clauseTotal = Object.values(clauseCounts ?? {}).reduce((t, n) => t + n, 0);
  const driver =
    search && searchKind === "identity"
      ? searchPlan(search).where
      : clauseCounts && clauseTotal < COUNT_CAP
        ? clauseCondition(f.clause!)
        : null;
  return { f, userId, now, search, searchKind, clauseCounts, driver };
}

const clauseCondition = (clause: string) => sql`${r.recClauses} @> ARRAY[${clause}]::text[]`;

/** WHERE conditions for every filter except the tab and the search. */
export function filterConditions({ f, userId, now }: QueueQuery): SQL[] {
  const c: SQL[] = [];
  if (f.status) c.push(eq(r.status, f.status));
  if (f.product) c.push(eq(r.productKind, f.product));
  if (f.rec) c.push(eq(r.recOutcome, f.rec));
  if (f.clause) c.push(clauseCondition(f.clause));
  if (f.sla) {
    // Said twice: on review_by for the (status, review_by) index the tab counts read (a status with
    // no deadlines, awaiting the customer, is an empty range there), and on the due key the queue
    // sorts by (no deadline = infinity) so that the listing walks one range of the sort's index:
    // "due today" no longer walks every overdue request to reach today.
    const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
    const start = at(now);
    const end = at(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)),
    );
    if (f.sla === "overdue") c.push(sql`${r.reviewBy} < ${start}`, sql`${DUE} < ${start}`);
    if (f.sla === "today")
      c.push(
        sql`${r.reviewBy} >= ${start} AND ${r.reviewBy} < ${end}`,
        sql`${DUE} >= ${start} AND ${DUE} < ${end}`,
      );
    if (f.sla === "later")
      c.push(sql`${r.reviewBy} >= ${end}`, sql`${DUE} >= ${end} AND ${DUE} < 'infinity'`);
  }
  if (f.assignee === "me") c.push(eq(r.assigneeId, userId));
  if (f.assignee === "unassigned") c.push(isNull(r.assigneeId));
  if (f.currency) c.push(eq(r.currency, f.currency));
  if (f.reply) c.push(replyCondition(f.reply));
  if (f.min !== undefined) c.push(gte(r.amountRequestedMinor, f.min));
  if (f.max !== undefined) c.push(lte(r.amountRequestedMinor, f.max));
  if (f.from) {
    const from = `${f.from}T00:00:00.000Z`;
    // A deadline is never before its request arrived (refund_requests_review_after_received), so
    // the due key is past `from` too: said, it starts the walk of the due order there instead of at
    // the oldest deadline, past all the history received before.
    c.push(gte(r.receivedAt, new Date(from)), sql`${DUE} >= ${from}::timestamptz`);
  }
  if (f.to)
    c.push(lt(r.receivedAt, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000)));
  return c;
}

/** Every condition of the view except the tab: the filters and the search. */
export function viewConditions(qq: QueueQuery): SQL[] {
  const c = filterConditions(qq);
  if (qq.search) c.push(searchPlan(qq.search).where);
  return c;
}
