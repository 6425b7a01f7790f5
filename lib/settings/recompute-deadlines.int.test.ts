import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { auditLog, payouts, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { recordDecisionSchema } from "@/lib/decisions/decision-schema";
import { recordDecision } from "@/lib/decisions/record-decision";
import { resetEnvCache } from "@/lib/env";
import { addCalendarMonth, addWorkingDays, type Calendar } from "@/lib/policy/calendar";
import { formatDate, toWallTime } from "@/lib/policy/zoned-time";
import { updateCalendar } from "./update-calendar";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

const requestRow = async (id: string) =>
  (await testDb().select().from(refundRequests).where(eq(refundRequests.id, id)))[0]!;

describe("deadlines follow the calendar", () => {
  it("a new holiday and a new time zone recompute every open review deadline and payout due date, audited, in the save's transaction", async () => {
    const db = testDb();
    const manager = await makeUser(db, "manager");
    // Two requests in review at different times of day, one decided (an open balance payout) and one direct.
    const inReview = await makeRequestFixture(db, { now: new Date("2026-12-02T09:30:00Z") });
    const other = await makeRequestFixture(db, { now: new Date("2026-12-04T23:10:00Z") });
    const decided = await makeRequestFixture(db, { now: new Date("2026-12-01T10:00:00Z") });
    const r = await requestRow(decided.requestId);
    await recordDecision(db, {
      input: recordDecisionSchema.parse({
        requestId: r.id,
        version: r.version,
        idempotencyKey: randomUUID(),
        kind: "approve",
        clauses: ["VN-BAL-OUTAGE-24H"],
        amount: "3.00",
        currency: "USD",
        destination: "balance",
      }),
      actor: { id: manager.id, manager: true },
      now: new Date("2026-12-03T16:00:00Z"),
    });
    const before = await requestRow(inReview.requestId);
    const holiday = formatDate(toWallTime(before.reviewBy!.getTime(), "UTC"));
    const calendar: Calendar = { timeZone: "Asia/Tokyo", weekendDays: [0, 6], holidays: [holiday] };

    const res = await updateCalendar(db, { actorId: manager.id, calendar });
    expect(res.recomputed.reviewBy).toBeGreaterThanOrEqual(1);
    expect(res.recomputed.payoutDueBy).toBe(1);
    for (const f of [inReview, other]) {
      const row = await requestRow(f.requestId);
      const start = (row.completedAt ?? row.receivedAt).getTime();
      expect(row.reviewBy!.toISOString()).toBe(
        new Date(addWorkingDays(start, 2, calendar)).toISOString(),
      );
    }
    const [p] = await db.select().from(payouts);
    expect(p!.dueBy.toISOString()).toBe(
      new Date(addWorkingDays(p!.createdAt.getTime(), 5, calendar)).toISOString(),
    );
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "settings.calendar_updated"));
    expect(entry!.data).toMatchObject({
      after: calendar,
      deadlinesRecomputed: { reviewBy: res.recomputed.reviewBy, payoutDueBy: 1 },
    });
    expect(addCalendarMonth).toBeTypeOf("function");
  });

  it("saving the same calendar again moves nothing", async () => {
    const db = testDb();
    const manager = await makeUser(db, "manager");
    await makeRequestFixture(db);
    const calendar: Calendar = { timeZone: "Europe/Berlin", weekendDays: [0, 6], holidays: [] };
    await updateCalendar(db, { actorId: manager.id, calendar });
    const again = await updateCalendar(db, { actorId: manager.id, calendar });
    expect(again).toMatchObject({ changed: false, recomputed: { reviewBy: 0, payoutDueBy: 0 } });
  });
});
