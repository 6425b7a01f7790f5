import { count, eq, gt, max, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { listPreviewChanges } from "@/db/queries/replay/replay-previews";
import {
  auditLog,
  policyEvaluations,
  refundRequests,
  replayPreviews,
  type ReplayPreviewScope,
} from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { exportReplayPreview } from "@/lib/export/export-replay-preview";
import { decide } from "@/lib/payouts/test-support/money-fixture";
import { addWorkingDays, DEFAULT_CALENDAR, ENGINE_VERSION } from "@/lib/policy";
import { discardReplayPreview } from "./discard-replay-preview";
import { requestReplayPreview, type RequestReplayPreviewOptions } from "./request-replay-preview";
import { runReplayPreview } from "./run-replay-preview";

let exportSql: postgres.Sql;
beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  exportSql = postgres(inject("databaseUrl"), { max: 1 });
});
beforeEach(() => resetDatabase());
afterAll(async () => {
  await exportSql.end();
  await closeTestDb();
});

const MARCH: ReplayPreviewScope = {
  from: "2026-03-01",
  to: "2026-03-31",
  status: "open",
  claim: null,
  productKind: null,
};

/** Asks for a preview and runs the job's work at once; resolves with its changes. */
async function preview(o: Omit<RequestReplayPreviewOptions, "managerId">, batchSize = 1000) {
  const manager = await makeUser(testDb(), "manager");
  const { previewId } = await requestReplayPreview(testDb(), { managerId: manager.id, ...o });
  const run = await runReplayPreview(testDb(), { previewId, batchSize });
  const page = await listPreviewChanges(testDb(), previewId, { limit: 100 });
  return { previewId, manager, run, changes: page.rows };
}

const changeOf = (c: {
  ref: string;
  field: string;
  before: string | null;
  after: string | null;
}) => ({
  ref: c.ref,
  field: c.field,
  before: c.before && new Date(c.before).toISOString(),
  after: c.after && new Date(c.after).toISOString(),
});

describe("policy replay preview: what saving an edited calendar would change, and nothing written", () => {
  it("lists the request whose review-by moves after a new holiday, and no request that does not change", async () => {
    const db = testDb();
    // Tuesday 10 March: review by Thursday 12th 09:00; Friday 20 March: review by Tuesday 24th.
    const moved = await makeRequestFixture(db, { now: new Date("2026-03-10T09:00:00Z") });
    const kept = await makeRequestFixture(db, { now: new Date("2026-03-20T09:00:00Z") });
    const refOf = async (id: string) =>
      (await db.select().from(refundRequests).where(eq(refundRequests.id, id)))[0]!;
    const before = await refOf(moved.requestId);
    expect(before.reviewBy?.toISOString()).toBe("2026-03-12T09:00:00.000Z");

    const { run, changes } = await preview(
      {
        mode: "calendar",
        scope: MARCH,
        calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-03-11"] },
        // Evaluated after both windows: the balance credit's deadline (from now) is not touched.
        now: new Date("2026-04-01T12:00:00Z"),
      },
      1,
    );
    expect(run).toMatchObject({ status: "done", total: 2, processed: 2, changed: 1 });
    expect(changes.map(changeOf)).toEqual([
      {
        ref: before.ref,
        field: "review_by",
        before: "2026-03-12T09:00:00.000Z",
        after: "2026-03-13T09:00:00.000Z",
      },
    ]);
    expect(changes.some((c) => c.requestId === kept.requestId)).toBe(false);
  });

  it("writes no evaluation, no recommendation and no replay audit entry; the preview itself is audited", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { now: new Date("2026-03-10T09:00:00Z") });
    const rowsBefore = await db.select().from(refundRequests);
    const evaluations = (await db.select({ n: count() }).from(policyEvaluations))[0]!.n;
    const last = (await db.select({ last: max(auditLog.id) }).from(auditLog))[0]!.last;
    const { previewId, manager, changes } = await preview({
      mode: "calendar",
      scope: MARCH,
      calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-03-11"] },
      now: new Date("2026-04-01T12:00:00Z"),
    });
    expect(changes.map((c) => c.requestId)).toEqual([f.requestId]);
    expect(await db.select().from(refundRequests)).toEqual(rowsBefore);
    expect((await db.select({ n: count() }).from(policyEvaluations))[0]!.n).toBe(evaluations);
    const written = await db.select().from(auditLog).where(gt(auditLog.id, last!));
    expect(written.map((e) => [e.action, e.actorId, e.entityId])).toEqual([
      ["replay.previewed", manager.id, previewId],
    ]);
    expect(written[0]!.data).toMatchObject({
      mode: "calendar",
      scope: MARCH,
      calendarBefore: DEFAULT_CALENDAR,
      calendarAfter: { holidays: ["2026-03-11"] },
    });
  });

  it("with decided requests: a payout still owed moves its deadline; open-only leaves the decided request out", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    await decide(db, f.requestId, await makeUser(db, "reviewer"));
    const now = new Date();
    // The first working day after the decision becomes a holiday: the 5-working-day credit moves.
    const holiday = new Date(addWorkingDays(now.getTime(), 1, DEFAULT_CALENDAR))
      .toISOString()
      .slice(0, 10);
    const today = now.toISOString().slice(0, 10);
    const scope = { ...MARCH, from: today, to: today };
    const calendar = { ...DEFAULT_CALENDAR, holidays: [holiday] };
    const all = await preview({
      mode: "calendar",
      scope: { ...scope, status: "all" },
      calendar,
      now,
    });
    expect(all.changes.map((c) => [c.requestId, c.field])).toEqual([[f.requestId, "payout_by"]]);
    const moved = all.changes[0]!;
    expect(Date.parse(moved.after!)).toBeGreaterThan(Date.parse(moved.before!));
    const open = await preview({ mode: "calendar", scope, calendar, now });
    expect(open.run).toMatchObject({ total: 0, changed: 0 });
  });

  it("engine mode: each request's stored evaluation against today's engine; an agreeing one is not listed", async () => {
    const db = testDb();
    const old = await makeRequestFixture(db, { now: new Date("2026-03-10T09:00:00Z") });
    const same = await makeRequestFixture(db, { now: new Date("2026-03-11T09:00:00Z") });
    // As if engine 2026.01.1 had recommended a denial on the same input.
    await ownerDb()
      .update(policyEvaluations)
      .set({
        engineVersion: "2026.01.1",
        result: sql`${policyEvaluations.result} || '{"outcome":"deny","amountMinor":null,"destination":null,"clauses":["GEN-DENY-CHANGED-MIND"]}'::jsonb`,
      })
      .where(eq(policyEvaluations.requestId, old.requestId));
    const { run, changes } = await preview({ mode: "engine", scope: MARCH });
    expect(run).toMatchObject({ status: "done", processed: 2, changed: 1 });
    expect(changes.every((c) => c.requestId === old.requestId)).toBe(true);
    expect(changes.map((c) => [c.field, c.before, c.after, c.currency])).toEqual([
      ["amount", null, "300", "USD"],
      ["clauses", "GEN-DENY-CHANGED-MIND", expect.stringContaining("VN-BAL-OUTAGE-24H"), null],
      ["destination", null, "balance", null],
      ["outcome", "deny", "approve", null],
    ]);
    expect(same.requestId).not.toBe(old.requestId);
    const [stored] = await db.select().from(replayPreviews);
    expect(stored).toMatchObject({
      mode: "engine",
      calendarAfter: null,
      engineVersion: ENGINE_VERSION,
    });
  });

  it("exports the changes as CSV in reference order, and audits the export", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { now: new Date("2026-03-10T09:00:00Z") });
    const { previewId, manager } = await preview({
      mode: "calendar",
      scope: MARCH,
      calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-03-11"] },
      now: new Date("2026-04-01T12:00:00Z"),
    });
    const res = await exportReplayPreview(db, exportSql, { userId: manager.id, previewId });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [ref] = await db
      .select({ ref: refundRequests.ref })
      .from(refundRequests)
      .where(eq(refundRequests.id, f.requestId));
    const lines = (await res.text()).split("\r\n").filter(Boolean);
    expect(lines).toEqual([
      "request,field,before,after,currency",
      expect.stringMatching(
        new RegExp(
          `^${ref!.ref},review_by,2026-03-12T09:00:00(\\.000)?(Z|\\+00(:00)?),2026-03-13T09:00:00`,
        ),
      ),
    ]);
    const exported = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "export.downloaded"));
    expect(exported[0]).toMatchObject({ actorId: manager.id, entityId: "replay_preview" });
  });

  it("refuses the saved calendar as the edit, and a period that ends before it starts", async () => {
    const manager = await makeUser(testDb(), "manager");
    const ask = (o: Partial<RequestReplayPreviewOptions>) =>
      requestReplayPreview(testDb(), {
        managerId: manager.id,
        mode: "calendar",
        scope: MARCH,
        calendar: DEFAULT_CALENDAR,
        ...o,
      });
    await expect(ask({})).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      ask({
        scope: { ...MARCH, from: "2026-03-31", to: "2026-03-01" },
        calendar: { holidays: ["2026-03-11"] },
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { to: ["End on or after the start"] },
    });
    expect(await testDb().select().from(replayPreviews)).toHaveLength(0);
  });

  it("a discarded preview loses its changes, and a run still going stops at its next batch", async () => {
    const db = testDb();
    await makeRequestFixture(db, { now: new Date("2026-03-10T09:00:00Z") });
    const { previewId } = await preview({
      mode: "calendar",
      scope: MARCH,
      calendar: { ...DEFAULT_CALENDAR, holidays: ["2026-03-11"] },
      now: new Date("2026-04-01T12:00:00Z"),
    });
    await discardReplayPreview(db, previewId);
    expect((await listPreviewChanges(db, previewId, { limit: 10 })).rows).toEqual([]);
    expect(await runReplayPreview(db, { previewId })).toBeNull();
    await expect(discardReplayPreview(db, previewId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
