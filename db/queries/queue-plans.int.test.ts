import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findBenchViewCases, RARE_CLAUSE, type BenchViewCases } from "../seed/bench-view-cases";
import { growDecisions } from "../seed/grow-decisions";
import { growRequests } from "../seed/grow-requests";
import { makeUser } from "../test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase } from "../test/test-db";
import { resetEnvCache } from "@/lib/env";
import { parseDecisionFilters } from "./decisions/decisions-filters";
import { decisionsPageStatement, listDecisions } from "./decisions/list-decisions";
import { COUNT_CAP } from "./queue-counts";
import { parseQueueFilters } from "./queue-filters";
import { loadQueueView, queueViewStatements } from "./queue-view";

/**
 * The plans of every view the bench times (db/seed/bench-view-cases.ts: each queue tab, filter,
 * sort, the clause filter common and rare, searches by words, name, number, phone, order, email
 * and reference, and the decisions view's filters), not their times (times belong to `npm run
 * bench`): on a table grown past the size where PostgreSQL prefers scanning it whole, the
 * statements each view runs (its tab counts and its listing) are served by indexes, never a
 * sequential scan of refund_requests or decisions, so they stay flat as history grows.
 */
const ROWS = 30_000;
const NOW = new Date("2026-11-30T12:00:00Z");
let cases: BenchViewCases;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  await resetDatabase();
  const me = await makeUser(ownerDb(), "reviewer");
  await growRequests(ownerDb(), { count: ROWS, now: NOW, accounts: 300 });
  await growDecisions(ownerDb());
  // As the owner: the app's role may not analyze tables it does not own.
  await ownerDb().execute(sql`VACUUM ANALYZE refund_requests`);
  await ownerDb().execute(sql`VACUUM ANALYZE decisions`);
  cases = await findBenchViewCases(ownerDb(), me.email);
}, 300_000);
// The bench's decisions carry one-sided postings (db/seed/grow-decisions.ts): gone before the
// ledger check that follows every file (after hooks run last registered first).
afterAll(async () => {
  await resetDatabase();
  await closeTestDb();
});

async function explain(statement: SQL): Promise<string> {
  const rows = await ownerDb().execute<{ "QUERY PLAN": string }>(sql`EXPLAIN ${statement}`);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

const SEQ = /Seq Scan on (refund_requests|decisions)\b/;

/** Views whose plan reads a growing table whole, each with the offending plan. */
async function scanned(plans: [string, SQL][]): Promise<string[]> {
  const out: string[] = [];
  for (const [name, statement] of plans) {
    const plan = await explain(statement);
    if (process.env.SHOW_PLAN) console.log(`${name}\n${plan}\n`);
    if (SEQ.test(plan) || !/Index|Bitmap/.test(plan)) out.push(`${name}\n${plan}`);
  }
  return out;
}

describe(`view plans at ${ROWS} requests`, () => {
  it("the table is big enough that a scan would be chosen if no index served", async () => {
    const [row] = await ownerDb().execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM refund_requests`,
    );
    expect(row!.n).toBeGreaterThanOrEqual(ROWS);
    // Without a usable index the planner scans: the checks below can fail.
    const seq = await explain(
      sql`SELECT * FROM refund_requests WHERE subject LIKE '%x%' ORDER BY subject LIMIT 51`,
    );
    expect(seq).toMatch(SEQ);
    expect(await explain(sql`SELECT * FROM decisions WHERE note LIKE '%x%' LIMIT 51`)).toMatch(SEQ);
  });

  it("every queue view counts its tabs and lists its page from indexes", async () => {
    expect(cases.queue.length).toBeGreaterThan(30);
    const plans: [string, SQL][] = [];
    for (const c of cases.queue) {
      const s = await queueViewStatements(ownerDb(), parseQueueFilters(c.query), cases.me.id, NOW);
      if (s.counts) plans.push([`${c.name}: counts`, s.counts]);
      plans.push([`${c.name}: list (${s.form})`, s.list]);
    }
    expect(await scanned(plans)).toEqual([]);
  });

  it("every decisions view lists its page from indexes", async () => {
    const plans: [string, SQL][] = [];
    for (const c of cases.decisions)
      plans.push([c.name, await decisionsPageStatement(ownerDb(), parseDecisionFilters(c.query))]);
    expect(await scanned(plans)).toEqual([]);
  });
});

describe(`what the views find at ${ROWS} requests`, () => {
  const view = (q: Record<string, string>) =>
    loadQueueView(ownerDb(), parseQueueFilters(q), cases.me.id, NOW);
  const countWhere = async (where: SQL) =>
    (
      await ownerDb().execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM refund_requests WHERE ${where}`,
      )
    )[0]!.n;

  it("counts a common filter's tabs up to COUNT_CAP and says so", async () => {
    const v = await view({ tab: "all", rec: "approve" });
    const real = await countWhere(sql`status = 'to_review' AND rec_outcome = 'approve'`);
    expect(real).toBeGreaterThan(COUNT_CAP);
    expect(v.counts.to_review).toBe(COUNT_CAP);
    expect(v.capped).toEqual(expect.arrayContaining(["to_review", "all"]));
    expect(v.rows).toHaveLength(50);
  });

  it("counts the clause filter's tabs exactly, from the counters", async () => {
    const v = await view({ tab: "all", clause: "VN-BAL-OUTAGE-24H" });
    const real = await countWhere(sql`rec_clauses @> ARRAY['VN-BAL-OUTAGE-24H']`);
    expect(real).toBeGreaterThan(COUNT_CAP);
    expect(v.counts.all).toBe(real);
    expect(v.capped).toEqual([]);
  });

  it("lists every request and decision citing a rare clause", async () => {
    await ownerDb().execute(
      sql`UPDATE refund_requests SET rec_clauses = ARRAY[${RARE_CLAUSE}] WHERE ref IN (SELECT ref FROM refund_requests ORDER BY ref LIMIT 3)`,
    );
    const v = await view({ tab: "all", clause: RARE_CLAUSE });
    expect(v.counts.all).toBe(3);
    expect(v.rows.map((r) => r.recClauses)).toEqual(Array(3).fill([RARE_CLAUSE]));
    const d = await listDecisions(ownerDb(), parseDecisionFilters({ clause: RARE_CLAUSE }));
    expect(d.rows).toEqual([]);
  });
});
