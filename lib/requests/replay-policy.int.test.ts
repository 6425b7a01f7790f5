import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { auditLog, policyEvaluations, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { recordDecisionSchema } from "@/lib/decisions/decision-schema";
import { recordDecision } from "@/lib/decisions/record-decision";
import { resetEnvCache } from "@/lib/env";
import { ENGINE_VERSION } from "@/lib/policy";
import { updateCalendar } from "@/lib/settings/update-calendar";
import { REPLAY_ACTION, replayPolicy } from "./replay-policy";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

const requestRow = async (id: string) =>
  (await testDb().select().from(refundRequests).where(eq(refundRequests.id, id)))[0]!;
const evaluationsOf = (id: string) =>
  testDb()
    .select()
    .from(policyEvaluations)
    .where(eq(policyEvaluations.requestId, id))
    .orderBy(desc(policyEvaluations.evaluatedAt));

/** As if an older engine had evaluated the request, recommending `rec` (the owner may rewrite history; the app may not). */
async function evaluatedByOldEngine(
  id: string,
  rec: Partial<typeof refundRequests.$inferInsert> = {},
) {
  await ownerDb()
    .update(policyEvaluations)
    .set({ engineVersion: "2026.01.1" })
    .where(eq(policyEvaluations.requestId, id));
  if (Object.keys(rec).length)
    await ownerDb().update(refundRequests).set(rec).where(eq(refundRequests.id, id));
}

describe("policy replay: open requests follow a new engine or calendar", () => {
  it("re-evaluates a request an older engine evaluated; an unchanged recommendation keeps its version and is not audited", async () => {
    const f = await makeRequestFixture(testDb());
    await evaluatedByOldEngine(f.requestId);
    const before = await requestRow(f.requestId);
    expect(await replayPolicy(testDb())).toEqual({ evaluated: 1, changed: 0 });
    const [latest, previous] = await evaluationsOf(f.requestId);
    expect(latest!.engineVersion).toBe(ENGINE_VERSION);
    expect(previous!.engineVersion).toBe("2026.01.1");
    expect((await requestRow(f.requestId)).version).toBe(before.version);
    expect(
      await testDb().select().from(auditLog).where(eq(auditLog.action, REPLAY_ACTION)),
    ).toHaveLength(0);
    // Nothing is stale any more: a second run evaluates nothing.
    expect(await replayPolicy(testDb())).toEqual({ evaluated: 0, changed: 0 });
  });

  it("a changed recommendation is recorded with before and after, and bumps the version (an open form goes stale)", async () => {
    const f = await makeRequestFixture(testDb());
    await evaluatedByOldEngine(f.requestId, {
      recOutcome: "deny",
      recAmountMinor: null,
      recDestination: null,
      recClauses: ["GEN-DENY-CHANGED-MIND"],
    });
    const before = await requestRow(f.requestId);
    expect(await replayPolicy(testDb())).toEqual({ evaluated: 1, changed: 1 });
    const after = await requestRow(f.requestId);
    expect(after).toMatchObject({
      recOutcome: "approve",
      recAmountMinor: 300,
      version: before.version + 1,
    });
    const [entry] = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, REPLAY_ACTION));
    expect(entry).toMatchObject({ entityType: "request", entityId: f.requestId, actorId: null });
    expect(entry!.data).toMatchObject({
      before: { recOutcome: "deny" },
      after: { recOutcome: "approve", recAmountMinor: 300 },
      engine: { from: "2026.01.1", to: ENGINE_VERSION },
      calendarChanged: false,
    });
  });

  it("a saved calendar makes every open request's evaluation stale; decided ones are left alone", async () => {
    const db = testDb();
    const manager = await makeUser(db, "manager");
    const open = [await makeRequestFixture(db), await makeRequestFixture(db)];
    const decided = await makeRequestFixture(db);
    const d = await requestRow(decided.requestId);
    await recordDecision(db, {
      input: recordDecisionSchema.parse({
        requestId: d.id,
        version: d.version,
        idempotencyKey: randomUUID(),
        kind: "approve",
        clauses: ["VN-BAL-OUTAGE-24H"],
        amount: "3.00",
        currency: "USD",
        destination: "balance",
      }),
      actor: { id: manager.id, manager: true },
    });
    const calendar = { timeZone: "Asia/Tokyo", weekendDays: [0, 6], holidays: ["2027-01-04"] };
    await updateCalendar(db, { actorId: manager.id, calendar });
    expect(await replayPolicy(db, { batchSize: 1 })).toEqual({ evaluated: 2, changed: 0 });
    for (const f of open) expect((await evaluationsOf(f.requestId))[0]!.calendar).toEqual(calendar);
    expect(await evaluationsOf(decided.requestId)).toHaveLength(1);
  });

  it("batched: a request a decision holds is skipped (SKIP LOCKED), the rest of its batch replayed; once decided it is never replayed", async () => {
    const db = testDb();
    const [held, other, third] = [
      await makeRequestFixture(db),
      await makeRequestFixture(db),
      await makeRequestFixture(db),
    ];
    for (const f of [held, other, third]) await evaluatedByOldEngine(f.requestId);
    // `third` recommended something else before: only its version moves.
    await ownerDb()
      .update(refundRequests)
      .set({ recOutcome: "deny", recAmountMinor: null, recDestination: null, recClauses: [] })
      .where(eq(refundRequests.id, third.requestId));
    const versions = {
      other: (await requestRow(other.requestId)).version,
      third: (await requestRow(third.requestId)).version,
    };
    await db.transaction(async (tx) => {
      // A decision in progress: the row is locked and, uncommitted, already decided.
      await tx
        .select({ id: refundRequests.id })
        .from(refundRequests)
        .where(eq(refundRequests.id, held.requestId))
        .for("update");
      await tx
        .update(refundRequests)
        .set({ status: "decided" })
        .where(eq(refundRequests.id, held.requestId));
      expect(await replayPolicy(db, { batchSize: 10 })).toEqual({ evaluated: 2, changed: 1 });
    });
    expect(await evaluationsOf(held.requestId)).toHaveLength(1);
    expect((await evaluationsOf(other.requestId))[0]!.engineVersion).toBe(ENGINE_VERSION);
    expect((await requestRow(other.requestId)).version).toBe(versions.other);
    expect(await requestRow(third.requestId)).toMatchObject({
      recOutcome: "approve",
      recAmountMinor: 300,
      version: versions.third + 1,
    });
    const audited = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, REPLAY_ACTION));
    expect(audited.map((a) => a.entityId)).toEqual([third.requestId]);
    // The decision committed: nothing is left to replay.
    expect(await replayPolicy(db)).toEqual({ evaluated: 0, changed: 0 });
    expect(await evaluationsOf(held.requestId)).toHaveLength(1);
  });

  it("batched: batches smaller than the candidates replay every one, each moved review deadline written", async () => {
    const db = testDb();
    const fixtures = [];
    for (let i = 0; i < 5; i++) fixtures.push(await makeRequestFixture(db));
    for (const f of fixtures) await evaluatedByOldEngine(f.requestId);
    // A stale deadline the engine would not give (a deadline before arrival is refused by a check).
    const { receivedAt } = await requestRow(fixtures[3]!.requestId);
    const wrong = new Date(receivedAt.getTime() + 40 * 24 * 3600_000);
    await ownerDb()
      .update(refundRequests)
      .set({ reviewBy: wrong })
      .where(eq(refundRequests.id, fixtures[3]!.requestId));
    expect(await replayPolicy(db, { batchSize: 2 })).toEqual({ evaluated: 5, changed: 0 });
    for (const f of fixtures)
      expect((await evaluationsOf(f.requestId))[0]!.engineVersion).toBe(ENGINE_VERSION);
    const moved = await requestRow(fixtures[3]!.requestId);
    const [latest] = await evaluationsOf(fixtures[3]!.requestId);
    expect(moved.reviewBy?.toISOString()).toBe(latest!.result.deadlines.reviewBy);
  });
});
