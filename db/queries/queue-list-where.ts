import { sql, type SQL } from "drizzle-orm";
import { refundRequests as r } from "../schema";
import type { QueueQuery } from "./queue-query";
import { decodeCursor } from "./queue-filters";
import { SEARCH_FIELDS, searchPlan } from "./queue-search";
import { afterCursor, type SortSpec } from "./queue-sort";

/**
 * How a queue page's rows are found. "walk": follow the sort's index and keep the rows that
 * match until the page is full, which reads about a page's worth of rows when matches are common
 * and the whole tab when they are rare. "few": fetch every match first, by whatever index finds
 * them, then sort: right when the view's count (queue-counts.ts) says they are few. The planner
 * would choose between the two itself, but cannot see how rare a rare clause is.
 */
export type ListForm = "walk" | "few";

const allOf = (c: SQL[]): SQL => (c.length ? sql.join(c, sql` AND `) : sql`TRUE`);

export type ListWhereOptions = {
  qq: QueueQuery;
  /** The filters and the tab, without the search and the cursor. */
  scope: SQL[];
  sort: SortSpec;
  form: ListForm;
  /** Rows the statement returns (a page and one more, to know there is a next page). */
  pageSize: number;
};

/**
 * The WHERE of a listing. A search lists once per field it can match (reference, order, phone,
 * email, name, words: each branch in the sort's order with its own LIMIT, rows of a better field
 * left out), so a common word costs a page of the index and the page sorts those few rows by
 * field; ranking every match first would sort them all. A field whose matches are a few people's
 * requests fetches them first (Matcher.few); the words walk.
 */
export function listWhere({ qq, scope, sort, form, pageSize }: ListWhereOptions): SQL {
  const cursor = decodeCursor(qq.f.after, qq.f.sort);
  const search = qq.search;
  const plan = search ? searchPlan(search) : null;
  const keyset = (rank: SQL | null) =>
    cursor?.v ? [afterCursor(sort, { ...cursor, v: cursor.v }, rank)] : [];
  const order = [
    ...(sort.group ? [sql`${sort.group} ASC`] : []),
    ...(sort.dir === "asc"
      ? [sql`${sort.key} ASC`, sql`${r.id} ASC`]
      : [sql`${sort.key} DESC`, sql`${r.id} DESC`]),
  ];
  const page = (where: SQL[], ranked: boolean) =>
    sql`SELECT ${r.id} FROM ${r} WHERE ${allOf(where)} ORDER BY ${sql.join(
      [...(ranked && plan ? [sql`${plan.rank} ASC`] : []), ...order],
      sql`, `,
    )} LIMIT ${pageSize}`;
  if (form === "few") {
    const all = [...scope, ...(plan ? [plan.where] : [])];
    // With a driver only its rows are fetched by index, the rest filters them (see QueueQuery).
    const fetched = sql`${r.id} = ANY(ARRAY(SELECT ${r.id} FROM ${r} WHERE ${qq.driver ?? allOf(all)}))`;
    return sql`${r.id} = ANY(ARRAY(${page([fetched, ...all, ...keyset(plan?.rank ?? null)], true)}))`;
  }
  // The page's ids are picked by a narrow statement: whatever plan finds them, only those rows are
  // joined to their customer, assignee and decision (a plan that sorts its matches would join all).
  if (!search) return sql`${r.id} = ANY(ARRAY(${page([...scope, ...keyset(null)], false)}))`;
  const branches = search.flatMap((m, k) => {
    const rank = SEARCH_FIELDS.indexOf(m.field);
    // Fields ranked above the cursor's are done; the cursor's own field resumes after it.
    if (cursor?.rank !== undefined && rank < cursor.rank) return [];
    const resume = cursor?.rank === undefined || rank === cursor.rank ? keyset(null) : [];
    const better = search.slice(0, k).map((b) => sql`(${b.where}) IS NOT TRUE`);
    const found = m.few
      ? [sql`${r.id} = ANY(ARRAY(SELECT ${r.id} FROM ${r} WHERE ${m.where}))`]
      : [];
    return [sql`(${page([...found, ...scope, m.where, ...better, ...resume], false)})`];
  });
  return branches.length
    ? sql`${r.id} = ANY(ARRAY(${sql.join(branches, sql` UNION ALL `)}))`
    : sql`false`;
}
