import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { exportAuditLog } from "@/lib/export/export-audit-log";
import { advancePayout } from "@/lib/payouts/advance-payout";
import { FakeProvider } from "@/lib/payouts/test-support/fake-provider";
import { decide } from "@/lib/payouts/test-support/money-fixture";
import { assignRequest } from "@/lib/requests/assign-request";
import { parseAuditLogFilters } from "./audit-log-filters";
import { listAuditLog, namesForEntries } from "./list-audit-log";

type U = Awaited<ReturnType<typeof makeUser>>;
let anna: U, boris: U;
let ref = "";
let exportSql: postgres.Sql;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  exportSql = postgres(inject("databaseUrl"), { max: 1 });
  await resetDatabase();
  const db = testDb();
  [anna, boris] = await Promise.all([
    makeUser(db, "reviewer", "Anna Reviewer"),
    makeUser(db, "manager", "Boris Manager"),
  ]);
  const f = await makeRequestFixture(db);
  await makeRequestFixture(db);
  ref = f.ref;
  await assignRequest(db, {
    requestId: f.requestId,
    actorId: anna.id,
    mode: "claim",
    mayAssignOthers: false,
  });
  const d = await decide(db, f.requestId, anna);
  await advancePayout(db, { payoutId: d.payoutId!, provider: new FakeProvider() });
});
afterAll(async () => {
  await exportSql.end();
  await closeTestDb();
});

const actions = async (q: Record<string, string>) =>
  (await listAuditLog(testDb(), parseAuditLogFilters(q))).rows.map((r) => r.action);

describe("audit log view", () => {
  it("a request's entries include its payouts' and postings', with the reference and the actor's name", async () => {
    const { rows } = await listAuditLog(
      testDb(),
      parseAuditLogFilters({ request: ref.toLowerCase() }),
    );
    expect(rows.map((r) => r.action).sort()).toEqual(
      [
        "decision.recorded",
        "ledger.posted",
        "payout.credited",
        "request.claimed",
        "request.created",
      ].sort(),
    );
    expect(rows.every((r) => r.requestRef === ref)).toBe(true);
    expect(rows.find((r) => r.action === "decision.recorded")?.actorName).toBe("Anna Reviewer");
  });

  it("filters by actor (or the system), action and date", async () => {
    expect((await actions({ actor: anna.id })).sort()).toEqual([
      "decision.recorded",
      "request.claimed",
    ]);
    expect(await actions({ actor: boris.id })).toEqual([]);
    expect(await actions({ actor: "system" })).toContain("request.created");
    expect(await actions({ action: "request.created" })).toHaveLength(2);
    expect(await actions({ to: "2000-01-01" })).toEqual([]);
  });

  it("pages by keyset on id and names the people inside an entry's data", async () => {
    const all = (await listAuditLog(testDb(), parseAuditLogFilters({}))).rows;
    const first = await listAuditLog(testDb(), parseAuditLogFilters({}), 3);
    const second = await listAuditLog(
      testDb(),
      parseAuditLogFilters({ before: String(first.nextBefore) }),
      3,
    );
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(
      all.slice(0, 6).map((r) => r.id),
    );
    const claimed = all.filter((r) => r.action === "request.claimed");
    const names = await namesForEntries(testDb(), claimed);
    expect([...names.values()]).toContain("Anna Reviewer");
  });

  it("exports as CSV in words, audited", async () => {
    const res = await exportAuditLog(testDb(), exportSql, {
      userId: boris.id,
      filters: parseAuditLogFilters({ request: ref }),
    });
    const lines = (await res.text()).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("id,at,who,action,summary,request,changes,data");
    expect(lines.find((l) => l.includes("request.claimed"))).toContain(
      "assignee: — → Anna Reviewer",
    );
    expect(lines.find((l) => l.includes("decision.recorded"))).toContain(
      "Decided approve 3.00 USD",
    );
    const after = await actions({ action: "export.downloaded", actor: boris.id });
    expect(after).toEqual(["export.downloaded"]);
  });
});
