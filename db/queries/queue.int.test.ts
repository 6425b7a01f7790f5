import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers, decisions, refundRequests, users } from "../schema";
import { closeTestDb, resetDatabase, testDb } from "../test/test-db";
import { listQueue, prepareQueueQuery } from "./queue";
import { parseQueueFilters, type QueueFilters } from "./queue-filters";
import type { ListForm } from "./queue-list-where";
import { loadQueueView } from "./queue-view";

const N = 137;
let userId = "";

describe("queue query", () => {
  beforeAll(async () => {
    await resetDatabase();
    const db = testDb();
    const [u] = await db
      .insert(users)
      .values({ email: "q@example.com", name: "Q", role: "reviewer" })
      .returning();
    userId = u!.id;
    const base = Date.UTC(2026, 0, 1);
    await db.insert(refundRequests).values(
      Array.from({ length: N }, (_, i) => ({
        ref: `RR-2026-${String(i + 1).padStart(6, "0")}`,
        status: (i % 5 === 0 ? "awaiting_customer" : "to_review") as
          "to_review" | "awaiting_customer",
        fromAddress: `c${i % 7}@example.com`,
        subject: i % 3 === 0 ? "number not working" : "changed my mind",
        receivedAt: new Date(base + (i % 11) * 3_600_000),
        // Ties on purpose (i % 13) and some nulls, to exercise the keyset tie-break and NULLS LAST;
        // a day or more after arrival, as every deadline is.
        reviewBy: i % 17 === 0 ? null : new Date(base + (1 + (i % 13)) * 86_400_000),
        amountRequestedMinor: i % 9 === 0 ? null : (i % 10) * 100,
        currency: "USD",
        assigneeId: i % 4 === 0 ? userId : null,
      })),
    );
  });
  afterAll(() => closeTestDb());

  async function walk(f: QueueFilters): Promise<string[]> {
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const { rows, nextCursor } = await loadQueueView(testDb(), { ...f, after }, userId);
      seen.push(...rows.map((r) => r.ref));
      if (!nextCursor) return seen;
      after = nextCursor;
    }
    throw new Error("paging did not end");
  }

  for (const sort of ["due", "received", "amount"] as const) {
    it(`pages through every row exactly once, in order, sorted by ${sort}`, async () => {
      const all = await walk(parseQueueFilters({ tab: "all", sort }));
      expect(all).toHaveLength(N);
      expect(new Set(all).size).toBe(N);
      const rows = await testDb().select().from(refundRequests);
      const byRef = new Map(rows.map((r) => [r.ref, r]));
      const key = (ref: string) => {
        const r = byRef.get(ref)!;
        const v =
          sort === "due"
            ? r.reviewBy?.getTime()
            : sort === "received"
              ? -r.receivedAt.getTime()
              : r.amountRequestedMinor === null
                ? null
                : -r.amountRequestedMinor;
        return v ?? Number.POSITIVE_INFINITY;
      };
      for (let i = 1; i < all.length; i++)
        expect(key(all[i - 1]!)).toBeLessThanOrEqual(key(all[i]!));
    });
  }

  it("filters by tab, assignee and search, and counts each tab under the filters", async () => {
    const mine = await walk(parseQueueFilters({ tab: "to_review", assignee: "me" }));
    expect(mine.length).toBeGreaterThan(0);
    const rows = await testDb().select().from(refundRequests);
    const expected = rows.filter((r) => r.status === "to_review" && r.assigneeId === userId).length;
    expect(mine).toHaveLength(expected);
    const byEmail = await walk(parseQueueFilters({ tab: "all", q: "C3@example.com" }));
    expect(byEmail).toHaveLength(rows.filter((r) => r.fromAddress === "c3@example.com").length);
    const { counts } = await loadQueueView(testDb(), parseQueueFilters({}), userId);
    expect(counts.all).toBe(N);
    expect(counts.to_review! + counts.awaiting_customer!).toBe(N);
  });

  it("ignores a tampered cursor instead of failing", async () => {
    const { rows } = await loadQueueView(
      testDb(),
      { ...parseQueueFilters({ tab: "all" }), after: "not-a-cursor" },
      userId,
    );
    expect(rows).toHaveLength(50);
  });

  it("lists the same pages whether it walks the sort's index or fetches the matches first", async () => {
    const db = testDb();
    // Words to search, and a customer whose name is one of them: a search for it matches some
    // rows by name (ranked first) and others by words, so pages cross from one rank to the next.
    await db.execute(sql`UPDATE refund_requests SET search_text = to_tsvector('simple', subject)`);
    const [c] = await db
      .insert(customers)
      .values({
        accountRef: "ACC-1",
        email: "n@example.com",
        name: "Number Cruncher",
        currency: "USD",
      })
      .returning();
    await db.execute(
      sql`UPDATE refund_requests SET customer_id = ${c!.id} WHERE ref <= 'RR-2026-000040'`,
    );
    const pages = async (q: Record<string, string>, form: ListForm) => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 20; page++) {
        const qq = await prepareQueueQuery(db, { ...parseQueueFilters(q), after }, userId);
        const { rows, nextCursor } = await listQueue(db, qq, form);
        seen.push(...rows.map((r) => `${r.ref} ${r.matched}`));
        if (!nextCursor) return seen;
        after = nextCursor;
      }
      throw new Error("paging did not end");
    };
    const views: Record<string, string>[] = [
      ...(["due", "received", "amount"] as const).map((sort) => ({
        tab: "all",
        q: "number",
        sort,
      })),
      { tab: "to_review", assignee: "me", sort: "amount" },
      { tab: "all", q: "c3@example.com" },
      { tab: "awaiting_customer", q: "mind", sort: "received" },
    ];
    for (const q of views) {
      const walked = await pages(q, "walk");
      expect(walked.length, JSON.stringify(q)).toBeGreaterThan(q.q === "number" ? 50 : 0);
      expect(await pages(q, "few"), JSON.stringify(q)).toEqual(walked);
    }
    const byName = await pages({ tab: "all", q: "number" }, "walk");
    expect(byName.slice(0, 40).every((x) => x.endsWith(" name"))).toBe(true);
    expect(byName.slice(40).every((x) => x.endsWith(" text"))).toBe(true);
  });
});

describe("tab counts", () => {
  afterAll(() => closeTestDb());

  it("stay exact through inserts, status changes and deletes (trigger-maintained)", async () => {
    await resetDatabase();
    const db = testDb();
    const make = (i: number, status: "to_review" | "closed") => ({
      ref: `RR-2026-${String(900000 + i)}`,
      status,
      fromAddress: "x@example.com",
      subject: "s",
      receivedAt: new Date(),
      currency: "USD",
    });
    await db
      .insert(refundRequests)
      .values([make(1, "to_review"), make(2, "to_review"), make(3, "closed")]);
    let { counts } = await loadQueueView(db, parseQueueFilters({}), userId);
    expect(counts).toMatchObject({ to_review: 2, closed: 1, decided: 0, all: 3 });
    await db
      .update(refundRequests)
      .set({ status: "decided" })
      .where(eq(refundRequests.ref, "RR-2026-900001"));
    await db.delete(refundRequests).where(eq(refundRequests.ref, "RR-2026-900003"));
    ({ counts } = await loadQueueView(db, parseQueueFilters({}), userId));
    expect(counts).toMatchObject({ to_review: 1, decided: 1, closed: 0, all: 2 });
    const filtered = await loadQueueView(db, parseQueueFilters({ q: "x@example.com" }), userId);
    expect(filtered).toMatchObject({
      counts: expect.objectContaining({ to_review: 1, decided: 1, all: 2 }),
      capped: [],
    });
  });

  it("lists the decision in force beside the recommendation: the newest, with who, when, amount and the override flag", async () => {
    await resetDatabase();
    const db = testDb();
    const [boss] = await db
      .insert(users)
      .values({ email: "boss@example.com", name: "Boss Person", role: "manager" })
      .returning();
    const [req] = await db
      .insert(refundRequests)
      .values({
        ref: "RR-2026-700001",
        status: "paid",
        fromAddress: "d@example.com",
        subject: "s",
        receivedAt: new Date("2026-01-01T00:00:00Z"),
        currency: "RUB",
        recOutcome: "deny",
      })
      .returning();
    const common = { requestId: req!.id, note: "n", clauses: ["VN-BAL-OUTAGE-24H"] };
    await db.insert(decisions).values([
      {
        ...common,
        decidedBy: boss!.id,
        kind: "deny",
        idempotencyKey: "k-queue-1",
        createdAt: new Date("2026-01-02T00:00:00Z"),
      },
      {
        ...common,
        decidedBy: boss!.id,
        kind: "approve",
        amountMinor: 99000,
        currency: "RUB",
        destination: "balance",
        override: true,
        justification: "outage confirmed",
        idempotencyKey: "k-queue-2",
        createdAt: new Date("2026-01-03T09:30:00Z"),
      },
    ]);
    const { rows } = await loadQueueView(db, parseQueueFilters({ tab: "paid" }), userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recOutcome: "deny",
      decisionKind: "approve",
      decisionAmountMinor: 99000,
      decisionCurrency: "RUB",
      decisionOverride: true,
      decidedByName: "Boss Person",
      decidedAt: new Date("2026-01-03T09:30:00Z"),
    });
  });
});
