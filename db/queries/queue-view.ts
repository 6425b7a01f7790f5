import type { SQL } from "drizzle-orm";
import type { Db } from "../client";
import {
  listQueue,
  prepareQueueQuery,
  queueListStatement,
  viewConditions,
  type QueueQuery,
} from "./queue";
import { COUNT_CAP, planQueueCounts, queueCounts, type QueueCounts } from "./queue-counts";
import type { QueueFilters } from "./queue-filters";
import type { ListForm } from "./queue-list-where";

/**
 * How the page's rows are found (queue-list-where.ts): all matches then sorted when the counts
 * say the view's tab holds fewer than COUNT_CAP of them, else a walk of the sort's index.
 * Without filters the tab is a plain index range and is always walked; a view with a driver (an
 * identity search, a rare clause: see QueueQuery) is few by nature.
 */
export function listFormFor(qq: QueueQuery, c: QueueCounts): ListForm {
  if (qq.driver) return "few";
  if (!viewConditions(qq).length) return "walk";
  const tab = qq.f.tab;
  return !c.capped.includes(tab) && (c.counts[tab] ?? 0) < COUNT_CAP ? "few" : "walk";
}

/**
 * A queue page's data: the tab counts first (cheap: counters, or counts that stop at COUNT_CAP),
 * then the rows, found in the way the counts say suits the view.
 */
export async function loadQueueView(db: Db, f: QueueFilters, userId: string, now = new Date()) {
  const qq = await prepareQueueQuery(db, f, userId, now);
  const counts = await queueCounts(db, qq);
  const list = await listQueue(db, qq, listFormFor(qq, counts));
  return { ...list, ...counts };
}

/**
 * The statements a queue view runs, for EXPLAIN (the plan test, the bench): its counting statement
 * (null when counters answer) and its listing, in the form its counts choose. The lookups and the
 * counts that decide them are run.
 */
export async function queueViewStatements(
  db: Db,
  f: QueueFilters,
  userId: string,
  now = new Date(),
): Promise<{ form: ListForm; counts: SQL | null; list: SQL }> {
  const qq = await prepareQueueQuery(db, f, userId, now);
  const plan = await planQueueCounts(db, qq);
  const form = listFormFor(qq, await queueCounts(db, qq));
  return {
    form,
    counts: "statement" in plan ? plan.statement : null,
    list: queueListStatement(db, qq, form).query.getSQL(),
  };
}
