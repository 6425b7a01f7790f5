import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { auditLog } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { resetEnvCache } from "@/lib/env";
import { exportDecisions } from "@/lib/export/export-decisions";
import { decide, requestOf } from "@/lib/payouts/test-support/money-fixture";
import { parseDecisionFilters } from "./decisions-filters";
import { listDecisions } from "./list-decisions";

type U = Awaited<ReturnType<typeof makeUser>>;
let anna: U, boris: U, manager: U;
const refs: Record<string, string> = {};
let exportSql: postgres.Sql;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  exportSql = postgres(inject("databaseUrl"), { max: 1 });
  await resetDatabase();
  const db = testDb();
  [anna, boris, manager] = await Promise.all([
    makeUser(db, "reviewer", "Anna Reviewer"),
    makeUser(db, "reviewer", "Boris Reviewer"),
    makeUser(db, "manager", "Mia Manager"),
  ]);
  // r1 (USD): Anna follows the policy; a manager reopens it and decides again (3.00 → 2.00).
  const r1 = await makeRequestFixture(db);
  await decide(db, r1.requestId, anna);
  await reopenDecision(db, {
    requestId: r1.requestId,
    version: (await requestOf(db, r1.requestId)).version,
    managerId: manager.id,
    reason: "Outage log corrected",
  });
  await decide(
    db,
    r1.requestId,
    { id: manager.id, manager: true },
    {
      amount: "2.00",
      kind: "partial",
      justification: "Outage was 48 hours",
      takeOver: "on",
    },
  );
  // r2 (RUB): Boris pays less than the policy's 30.00 RUB: an override on the amount.
  const r2 = await makeRequestFixture(db, { currency: "RUB", paidMinor: 30000 });
  await decide(db, r2.requestId, boris, {
    amount: "25.00",
    currency: "RUB",
    justification: "Customer used the number for a day",
  });
  // r3 (USD): Anna denies against an approve recommendation.
  const r3 = await makeRequestFixture(db);
  await decide(db, r3.requestId, anna, {
    kind: "deny",
    clauses: ["GEN-DENY-CHANGED-MIND"],
    justification: "Customer wrote they changed their mind",
  });
  Object.assign(refs, { r1: r1.ref, r2: r2.ref, r3: r3.ref });
});
afterAll(async () => {
  await exportSql.end();
  await closeTestDb();
});

const refsOf = async (q: Record<string, string>) =>
  (await listDecisions(testDb(), parseDecisionFilters(q))).rows.map((r) => r.ref).sort();

describe("decisions view", () => {
  it("lists every decision, superseded ones too, with reviewer names, agreement, SLA and payout", async () => {
    const { rows } = await listDecisions(testDb(), parseDecisionFilters({}));
    expect(rows).toHaveLength(4);
    const boris = rows.find((r) => r.ref === refs.r2);
    expect(boris).toMatchObject({
      decidedByName: "Boris Reviewer",
      kind: "approve",
      amountMinor: 2500,
      currency: "RUB",
      override: true,
      agrees: true,
      recOutcome: "approve",
      payoutState: "pending",
      superseded: false,
    });
    expect(rows.filter((r) => r.superseded).map((r) => r.ref)).toEqual([refs.r1]);
  });

  it("filters by reviewer, outcome, clause, override, agreement, currency, amount, payout, SLA and in force", async () => {
    expect(await refsOf({ reviewer: anna.id })).toEqual([refs.r1, refs.r3].sort());
    expect(await refsOf({ override: "yes" })).toEqual([refs.r1, refs.r2, refs.r3].sort());
    expect(await refsOf({ override: "no" })).toEqual([refs.r1]);
    expect(await refsOf({ agrees: "no" })).toEqual([refs.r1, refs.r3].sort());
    expect(await refsOf({ kind: "deny" })).toEqual([refs.r3]);
    expect(await refsOf({ clause: "GEN-DENY-CHANGED-MIND" })).toEqual([refs.r3]);
    expect(await refsOf({ currency: "RUB" })).toEqual([refs.r2]);
    expect(await refsOf({ min: "2.50", max: "25.00" })).toEqual([refs.r1, refs.r2].sort());
    expect(await refsOf({ payout: "none" })).toEqual([refs.r3]);
    expect(await refsOf({ payout: "cancelled" })).toEqual([refs.r1]);
    expect(await refsOf({ sla: "met" })).toHaveLength(4);
    expect(await refsOf({ sla: "missed" })).toEqual([]);
    expect(await refsOf({ current: "yes", reviewer: anna.id })).toEqual([refs.r3]);
    expect(await refsOf({ destination: "balance", reviewer: boris.id })).toEqual([refs.r2]);
  });

  it("pages by keyset: every decision once, newest first", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listDecisions(testDb(), parseDecisionFilters({ after: after ?? "" }), 1);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    const all = (await listDecisions(testDb(), parseDecisionFilters({}))).rows.map((r) => r.id);
    expect(seen).toEqual(all);
  });

  it("exports the filtered view as CSV from a cursor, and audits who exported which filter", async () => {
    const res = await exportDecisions(testDb(), exportSql, {
      userId: manager.id,
      filters: parseDecisionFilters({ override: "yes", currency: "usd" }),
    });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await res.text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^decided_at,request,reviewer,outcome,amount_minor,currency,/);
    // The manager's partial on r1 is the one USD override (a denial has no amount, so no currency).
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${refs.r1},Mia Manager,partial,200,USD,balance,`);
    const [entry] = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "export.downloaded"));
    expect(entry).toMatchObject({
      actorId: manager.id,
      entityId: "decisions",
      data: { view: "decisions", filter: "override=yes&currency=USD" },
    });
  });
});
