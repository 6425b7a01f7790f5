import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { parseDecisionFilters } from "../../../db/queries/decisions/decisions-filters";
import { decisionsPageStatement } from "../../../db/queries/decisions/list-decisions";
import { parseQueueFilters } from "../../../db/queries/queue-filters";
import { queueViewStatements } from "../../../db/queries/queue-view";
import { findBenchViewCases } from "../../../db/seed/bench-view-cases";
import { DEMO_USERS } from "../../../db/seed/demo-users";
import { decisionsPageSql, queuePageSql, requestPageSql } from "./page-sql";

export type PageCase = {
  name: string;
  /** The page's path and query, fetched signed in as `as`. */
  path: string;
  as: "reviewer" | "manager";
  /** The page's database work, run directly. */
  sql: () => Promise<void>;
  /** The statements to EXPLAIN, by label (none for the request page: primary-key reads). */
  statements: () => Promise<[string, SQL][]>;
};

const reviewer = DEMO_USERS.find((u) => u.role === "reviewer")!;
const manager = DEMO_USERS.find((u) => u.role === "manager")!;
const withQuery = (path: string, query: Record<string, string>) => {
  const qs = new URLSearchParams(query).toString();
  return qs ? `${path}?${qs}` : path;
};

/**
 * Every page the bench times on one database, in the same order and with the same names on every
 * database: the queue views and the decisions views of db/seed/bench-view-cases.ts (the reviewer
 * browses the queue, the manager audits decisions) and the request page.
 */
export async function pageCases(db: Db): Promise<PageCase[]> {
  const cases = await findBenchViewCases(db, reviewer.email);
  const [boss] = await db.execute<{ id: string }>(
    sql`SELECT id FROM users WHERE email = ${manager.email}`,
  );
  if (!boss) throw new Error("the bench database has no demo manager");
  const me = cases.me.id;
  return [
    ...cases.queue.map((c): PageCase => ({
      name: c.name,
      path: withQuery("/queue", c.query),
      as: "reviewer",
      sql: queuePageSql(db, me, c.query),
      statements: async () => {
        const s = await queueViewStatements(db, parseQueueFilters(c.query), me);
        return [
          ...(s.counts ? ([["counts", s.counts]] as [string, SQL][]) : []),
          [`list (${s.form})`, s.list],
        ];
      },
    })),
    {
      name: "request page",
      path: `/requests/${cases.someRequest.id}`,
      as: "reviewer",
      sql: requestPageSql(db, me, cases.someRequest.id),
      statements: async () => [],
    },
    ...cases.decisions.map((c): PageCase => ({
      name: c.name,
      path: withQuery("/decisions", c.query),
      as: "manager",
      sql: decisionsPageSql(db, boss.id, c.query),
      statements: async () => [
        ["page", await decisionsPageStatement(db, parseDecisionFilters(c.query))],
      ],
    })),
  ];
}

export const BENCH_USERS = { reviewer, manager };
