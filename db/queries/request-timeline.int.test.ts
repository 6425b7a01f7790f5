import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { resetEnvCache } from "@/lib/env";
import { advancePayout } from "@/lib/payouts/advance-payout";
import { FakeProvider } from "@/lib/payouts/test-support/fake-provider";
import { decide, requestOf } from "@/lib/payouts/test-support/money-fixture";
import { assignRequest } from "@/lib/requests/assign-request";
import { correctRequestField } from "@/lib/requests/correct-request-field";
import { getRequestTimeline } from "./request-timeline";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
afterAll(() => closeTestDb());

describe("request timeline", () => {
  it("tells the whole story in order, each item with who or which job", async () => {
    await resetDatabase();
    const db = testDb();
    const [anna, mia] = await Promise.all([
      makeUser(db, "reviewer", "Anna Reviewer"),
      makeUser(db, "manager", "Mia Manager"),
    ]);
    const f = await makeRequestFixture(db);
    await assignRequest(db, {
      requestId: f.requestId,
      actorId: anna.id,
      mode: "claim",
      mayAssignOthers: false,
    });
    await correctRequestField(db, {
      actorId: anna.id,
      requestId: f.requestId,
      version: (await requestOf(db, f.requestId)).version,
      field: "serviceName",
      value: "UK mobile number",
    });
    const d = await decide(db, f.requestId, anna);
    await advancePayout(db, { payoutId: d.payoutId!, provider: new FakeProvider() });
    await reopenDecision(db, {
      requestId: f.requestId,
      version: (await requestOf(db, f.requestId)).version,
      managerId: mia.id,
      reason: "Outage was 48 hours",
    });
    await decide(
      db,
      f.requestId,
      { id: mia.id, manager: true },
      {
        kind: "partial",
        amount: "2.00",
        justification: "Outage was 48 hours, not 72",
        takeOver: "on",
      },
    );

    const items = await getRequestTimeline(db, f.requestId);
    const kinds = items.map((i) => i.kind);
    expect(kinds.slice(0, 2)).toEqual(["email_in", "extraction"]);
    expect(kinds).toContain("evaluation");
    const at = items.map((i) => i.at.getTime());
    expect(at).toEqual([...at].sort((a, b) => a - b));

    const evaluation = items.find((i) => i.kind === "evaluation")!;
    expect(evaluation.detail).toMatch(/^engine \S+ · calendar UTC/);
    const correction = items.find((i) => i.title === "request.field_corrected")!;
    expect(correction).toMatchObject({ actor: "Anna Reviewer", data: { field: "serviceName" } });
    const decisions = items.filter((i) => i.kind === "decision");
    expect(decisions.map((i) => [i.actor, i.title, i.amountMinor])).toEqual([
      ["Anna Reviewer", "Decision: approve to balance", 300],
      ["Mia Manager", "Decision: partial to balance (override)", 200],
    ]);
    expect(decisions[1]!.detail).toContain("justification: Outage was 48 hours, not 72");
    expect(items.find((i) => i.kind === "reopening")).toMatchObject({
      actor: "Mia Manager",
      detail: "reason: Outage was 48 hours",
    });
    // The reopening sits between the two decisions.
    expect(kinds.indexOf("reopening")).toBeGreaterThan(kinds.indexOf("decision"));
    expect(kinds.lastIndexOf("decision")).toBeGreaterThan(kinds.indexOf("reopening"));
    const replies = items.filter((i) => i.kind === "reply");
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(items.some((i) => i.kind === "payout" && i.title.includes("pending → credited"))).toBe(
      true,
    );
    const ledger = items.filter((i) => i.kind === "ledger");
    expect(ledger.length).toBeGreaterThanOrEqual(2);
    expect(ledger.every((l) => Array.isArray(l.data?.lines))).toBe(true);
    expect(items.every((i) => i.actor !== null || i.job !== null || i.kind === "audit")).toBe(true);
  });
});
