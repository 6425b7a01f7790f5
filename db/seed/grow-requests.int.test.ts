import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { growRequests } from "./grow-requests";
import { seedDemo } from "./seed-demo";

const NOW = new Date("2026-03-10T12:00:00Z");

describe("growing the request table for benchmarks", () => {
  beforeAll(async () => {
    setPipelineEnv();
    await resetDatabase();
    await seedDemo(testDb(), { now: NOW });
  });
  afterAll(() => closeTestDb());

  it("adds requests up to the total, each with its inbound email and a searchable text", async () => {
    // Growing the bench set is the operator's (npm run db:seed), as the owner: it ends with ANALYZE.
    const result = await growRequests(ownerDb(), {
      count: 2500,
      now: NOW,
      batchSize: 1000,
      accounts: 50,
    });
    expect(result).toMatchObject({ existing: 0, added: 2500 });
    const [row] = await testDb().execute<{
      n: number;
      refs: number;
      ok: boolean;
      emails: number;
      searchable: number;
    }>(sql`
      SELECT count(*)::int AS n, count(DISTINCT ref)::int AS refs, bool_and(ref ~ '^RR-[0-9]{4}-[0-9]{6,}$') AS ok,
        (SELECT count(*)::int FROM inbound_emails e WHERE e.request_id IS NOT NULL) AS emails,
        count(*) FILTER (WHERE search_text @@ to_tsquery('simple', 'ord'))::int AS searchable
      FROM refund_requests`);
    expect(row).toEqual({
      n: 2500,
      refs: 2500,
      ok: true,
      emails: 2500,
      searchable: expect.any(Number),
    });
    expect(row!.searchable).toBeGreaterThan(0);
  });

  it("spreads statuses and leaves incomplete requests without a review deadline", async () => {
    const rows = await testDb().execute<{ status: string; n: number; due: number }>(sql`
      SELECT status::text, count(*)::int AS n, count(review_by)::int AS due FROM refund_requests GROUP BY 1`);
    const by = Object.fromEntries(rows.map((r) => [r.status, r]));
    for (const s of ["to_review", "awaiting_customer", "decided", "paid", "closed"])
      expect(by[s]?.n, s).toBeGreaterThan(100);
    expect(by.awaiting_customer?.due).toBe(0);
    expect(by.to_review?.due).toBe(by.to_review?.n);
  });

  it("adds nothing once the total is reached, and continues the refs and the app's sequence after that", async () => {
    const maxRef = async () => {
      const [row] = await testDb().execute<{ n: string }>(
        sql`SELECT max(substring(ref FROM '[0-9]+$')::bigint)::text AS n FROM refund_requests`,
      );
      return Number(row?.n);
    };
    const before = await maxRef();
    expect((await growRequests(ownerDb(), { count: 2500, now: NOW, accounts: 50 })).added).toBe(0);
    expect((await growRequests(ownerDb(), { count: 2600, now: NOW, accounts: 50 })).added).toBe(
      100,
    );
    expect(await maxRef()).toBe(before + 100);
    const [row] = await testDb().execute<{ next: string }>(
      sql`SELECT nextval('refund_request_ref_seq')::text AS next`,
    );
    expect(Number(row?.next)).toBe(before + 101);
  });
});
