import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, refundRequests } from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { ingestEmail } from "@/lib/requests/ingest-email";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { demoEmails } from "./demo-emails";
import { allScenarios } from "./scenarios";
import { seedDemo } from "./seed-demo";

const NOW = new Date("2026-03-10T12:00:00Z");

describe("demo mailbox through the real pipeline", () => {
  beforeAll(async () => {
    setPipelineEnv();
    await resetDatabase();
    await seedDemo(testDb(), { now: NOW });
    for (const e of demoEmails(NOW))
      await ingestEmail(testDb(), {
        raw: e.raw,
        channel: "seed",
        receivedAt: e.receivedAt,
        now: NOW,
      });
  }, 120_000);
  afterAll(() => closeTestDb());

  it("recommends each scenario's expected clause", async () => {
    const rows = await testDb()
      .select({
        ref: orders.ref,
        clauses: refundRequests.recClauses,
        outcome: refundRequests.recOutcome,
        missing: refundRequests.missing,
      })
      .from(refundRequests)
      .leftJoin(orders, eq(orders.id, refundRequests.orderId));
    const report: string[] = [];
    for (const s of allScenarios()) {
      const r = rows.find((x) => x.ref === s.order.ref);
      // A completed thread is judged on the clause its reply completes to.
      const want = s.reply?.completesTo ?? s.expectedClause;
      const wanted = [want, ...(s.reply ? [] : (s.alsoCites ?? []))];
      if (!r || !wanted.every((c) => r.clauses.includes(c)))
        report.push(
          `${s.key}: want ${wanted.join(",")} got ${r ? `${r.outcome} ${r.clauses.join(",")} missing=${r.missing.join(",")}` : "no request"}`,
        );
    }
    expect(report).toEqual([]);
  });
});
