import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { growRequests } from "../seed/grow-requests";
import { makeUser } from "../test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase } from "../test/test-db";
import { resetEnvCache } from "@/lib/env";
import { queueListStatement } from "./queue";
import { parseQueueFilters } from "./queue-filters";

/**
 * The plan of every queue view's listing, not its time (times belong to `npm run bench`): on a
 * table grown past the size where PostgreSQL prefers scanning it whole, each view is served by an
 * index, never a sequential scan of refund_requests, so it stays flat as history grows.
 */
const ROWS = 30_000;
let userId = "";

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  await resetDatabase();
  userId = (await makeUser(ownerDb(), "reviewer")).id;
  await growRequests(ownerDb(), {
    count: ROWS,
    now: new Date("2026-11-30T12:00:00Z"),
    accounts: 300,
  });
}, 240_000);
afterAll(() => closeTestDb());

const VIEWS: [string, Record<string, string>][] = [
  ["to review, by due date (the default)", {}],
  ["newest first", { sort: "received" }],
  ["by amount within currency", { sort: "amount" }],
  ["all tabs", { tab: "all" }],
  ["mine", { assignee: "me" }],
  ["unassigned", { assignee: "unassigned" }],
  ["overdue", { sla: "overdue" }],
  ["recommendation approve", { rec: "approve" }],
  ["clause cited", { clause: "VN-BAL-OUTAGE-24H" }],
  ["product", { product: "rented_number" }],
  ["currency", { currency: "USD" }],
  ["search by bare reference", { q: "10" }],
];

async function explain(statement: SQL): Promise<string> {
  const rows = await ownerDb().execute<{ "QUERY PLAN": string }>(statement);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

async function plan(params: Record<string, string>): Promise<string> {
  const { query } = queueListStatement(
    ownerDb(),
    parseQueueFilters(params),
    userId,
    new Date("2026-11-30T12:00:00Z"),
  );
  return explain(sql`EXPLAIN ${query}`);
}

describe(`queue listing plans at ${ROWS} requests`, () => {
  it("the table is big enough that a scan would be chosen if no index served", async () => {
    const [row] = await ownerDb().execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM refund_requests`,
    );
    expect(row!.n).toBeGreaterThanOrEqual(ROWS);
    // Without a usable index the planner scans: the check below can fail.
    const seq = await explain(
      sql`EXPLAIN SELECT * FROM refund_requests WHERE from_address LIKE '%x%' ORDER BY subject LIMIT 51`,
    );
    expect(seq).toMatch(/Seq Scan on refund_requests/);
  });

  it.each(VIEWS)(
    "%s: index-served, no sequential scan of refund_requests",
    async (_name, params) => {
      const p = await plan(params);
      if (process.env.SHOW_PLAN) console.log(`${_name}\n${p}\n`);
      expect(p).not.toMatch(/Seq Scan on refund_requests/);
      expect(p).toMatch(/Index|Bitmap/);
    },
  );
});
