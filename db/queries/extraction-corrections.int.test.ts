import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { correctRequestField } from "@/lib/requests/correct-request-field";
import { refundRequests } from "../schema";
import { makeAnotherRequest, makeRequestFixture, makeUser } from "../test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "../test/test-db";
import { correctedExamples, extractionCorrectionRates } from "./extraction-corrections";

const WEEK1 = new Date("2026-03-03T10:00:00Z"); // Tuesday of the week starting Monday 2026-03-02
const WEEK2 = new Date("2026-03-11T10:00:00Z"); // Wednesday of the week starting Monday 2026-03-09

describe("extraction correction rates", () => {
  beforeAll(() => {
    process.env.DATABASE_URL = inject("databaseUrl");
    process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
    resetEnvCache();
  });
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it("gives per week and field the share of requests a reviewer corrected, and the examples behind it", async () => {
    const db = testDb();
    const reviewer = await makeUser(db, "reviewer", "rita");
    // Week 1: three requests; week 2: one.
    const a = await makeRequestFixture(db);
    const b = await makeAnotherRequest(db, a);
    const c = await makeAnotherRequest(db, a);
    const d = await makeAnotherRequest(db, a);
    const place = async (id: string, at: Date) =>
      db.update(refundRequests).set({ createdAt: at }).where(eq(refundRequests.id, id));
    await place(a.requestId, WEEK1);
    await place(b.requestId, WEEK1);
    await place(c.requestId, WEEK1);
    await place(d.requestId, WEEK2);

    const correct = async (requestId: string, field: "claim" | "serviceName", value: string) => {
      const [r] = await db.select().from(refundRequests).where(eq(refundRequests.id, requestId));
      await correctRequestField(db, {
        actorId: reviewer.id,
        requestId,
        version: r!.version,
        field,
        value,
      });
    };
    // a: claim corrected twice (one request, counted once); b: service corrected; c: a save that
    // changed nothing (not a correction); d: claim corrected in week 2.
    await correct(a.requestId, "claim", "operator_blocked");
    await correct(a.requestId, "claim", "provider_fault");
    await correct(b.requestId, "serviceName", "UK rented number");
    const [cRow] = await db.select().from(refundRequests).where(eq(refundRequests.id, c.requestId));
    await correct(c.requestId, "claim", cRow!.claim);
    await correct(d.requestId, "claim", "changed_mind");

    const rates = await extractionCorrectionRates(db, { from: "2026-03-01", to: "2026-03-31" });
    expect(rates).toHaveLength(20); // 2 weeks × 10 correctable fields, zeros included
    const cell = (week: string, field: string) =>
      rates.find((r) => r.week === week && r.field === field);
    expect(cell("2026-03-02", "claim")).toMatchObject({ requests: 3, corrected: 1 });
    expect(cell("2026-03-02", "claim")!.share).toBeCloseTo(1 / 3);
    expect(cell("2026-03-02", "serviceName")).toMatchObject({ requests: 3, corrected: 1 });
    expect(cell("2026-03-02", "amount")).toMatchObject({ requests: 3, corrected: 0, share: 0 });
    expect(cell("2026-03-09", "claim")).toMatchObject({ requests: 1, corrected: 1, share: 1 });
    expect(rates.map((r) => r.week)).toEqual([
      ...Array(10).fill("2026-03-02"),
      ...Array(10).fill("2026-03-09"),
    ]);

    const examples = await correctedExamples(db, { week: "2026-03-02", field: "claim" });
    expect(examples.map((e) => [e.ref, e.after, e.reviewer])).toEqual([
      [a.ref, "operator_blocked", "rita"],
      [a.ref, "provider_fault", "rita"],
    ]);
    expect(examples[1]!.before).toBe("operator_blocked");
    expect(await correctedExamples(db, { week: "2026-03-09", field: "serviceName" })).toEqual([]);

    // Outside the range: nothing.
    expect(await extractionCorrectionRates(db, { from: "2026-04-01", to: "2026-05-01" })).toEqual(
      [],
    );
  });

  it("reads the requests per day from a rollup the trigger keeps equal to the raw count", async () => {
    const db = testDb();
    const perDay = async () => {
      const rolled = await db.execute<{ day: string; n: number }>(
        sql`SELECT day::text, sum(n)::int AS n FROM report_requests_daily GROUP BY day HAVING sum(n) <> 0 ORDER BY day`,
      );
      const raw = await db.execute<{ day: string; n: number }>(
        sql`SELECT (created_at AT TIME ZONE 'UTC')::date::text AS day, count(*)::int AS n FROM refund_requests GROUP BY 1 ORDER BY 1`,
      );
      return { rolled: [...rolled], raw: [...raw] };
    };
    const a = await makeRequestFixture(db);
    // Twenty requests created at once over the pool's connections (several counter rows per day).
    const more = await Promise.all(Array.from({ length: 20 }, () => makeAnotherRequest(db, a)));
    const shards = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM report_requests_daily`,
    );
    expect(shards[0]!.n).toBeGreaterThan(1);
    await db
      .update(refundRequests)
      .set({ createdAt: WEEK1 })
      .where(eq(refundRequests.id, more[0]!.requestId));
    const kept = await perDay();
    expect(kept.rolled).toEqual(kept.raw);
    expect(kept.raw.reduce((t, d) => t + d.n, 0)).toBe(21);
    expect(kept.raw.find((d) => d.day === "2026-03-03")?.n).toBe(1);
    await db.execute(sql`SELECT report_rollups_rebuild()`);
    expect(await perDay()).toEqual(kept);
    const [week] = await extractionCorrectionRates(db, { from: "2026-03-02", to: "2026-03-08" });
    expect(week).toMatchObject({ week: "2026-03-02", requests: 1, corrected: 0 });
  });
});
