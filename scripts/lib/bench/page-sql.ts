import type { Db } from "../../../db/client";
import { namesForEntries } from "../../../db/queries/audit/list-audit-log";
import { parseDecisionFilters } from "../../../db/queries/decisions/decisions-filters";
import { listDecisions } from "../../../db/queries/decisions/list-decisions";
import { parseQueueFilters } from "../../../db/queries/queue-filters";
import { loadQueueView } from "../../../db/queries/queue-view";
import { getRequestDetail } from "../../../db/queries/request-detail";
import { getRequestMoney } from "../../../db/queries/request-money";
import { getRequestTimeline } from "../../../db/queries/request-timeline";
import { decidingStaff, sessionUserRow } from "../../../db/queries/users";

/**
 * Each page's own database work, in the page's order, run directly: what the page costs in SQL
 * (and round trips), so that the page's time less this is its render overhead.
 */
export const queuePageSql = (db: Db, userId: string, query: Record<string, string>) => async () => {
  await sessionUserRow(db, userId);
  await loadQueueView(db, parseQueueFilters(query), userId);
};

export const decisionsPageSql =
  (db: Db, userId: string, query: Record<string, string>) => async () => {
    await sessionUserRow(db, userId);
    await Promise.all([listDecisions(db, parseDecisionFilters(query)), decidingStaff(db)]);
  };

export const requestPageSql = (db: Db, userId: string, requestId: string) => async () => {
  await sessionUserRow(db, userId);
  const detail = await getRequestDetail(db, requestId);
  if (!detail) throw new Error(`request ${requestId} not found`);
  const [, timeline] = await Promise.all([
    getRequestMoney(db, { requestId, customerId: detail.request.customerId }),
    getRequestTimeline(db, requestId),
  ]);
  await namesForEntries(
    db,
    timeline.filter((t) => t.kind === "audit").map((t) => ({ data: t.data })),
  );
};
