import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { listSamples, sampleItems } from "@/db/queries/quality";
import { auditLog, qualityReviews, qualitySamples, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { bulkDecide } from "@/lib/decisions/bulk-decide";
import { resetEnvCache } from "@/lib/env";
import { reviewSampledDecision } from "./review-sampled-decision";

type U = Awaited<ReturnType<typeof makeUser>>;
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string }) => e.code ?? String(e),
  );

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

/** Three requests recommending the same (approve 3.00 USD), decided together by `actor`. */
async function bulkOfThree(actor: U, samplePercent: number) {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await makeRequestFixture(testDb())).requestId);
  const rows = await testDb().select().from(refundRequests).where(inArray(refundRequests.id, ids));
  return bulkDecide(testDb(), {
    items: rows.map((r) => ({ requestId: r.id, version: r.version })),
    expected: { outcome: rows[0]!.recOutcome!, clauses: rows[0]!.recClauses },
    actor: { id: actor.id, manager: actor.role === "manager" },
    idempotencyKey: randomUUID(),
    samplePercent,
  });
}

describe("bulk decisions' samples are worked on the Quality page, by a second person", () => {
  it("the decisions a bulk decision set aside are a sample of their own, listed with the drawn ones", async () => {
    const rita = await makeUser(testDb(), "reviewer", "Rita Reviewer");
    const bulk = await bulkOfThree(rita, 50);
    expect(bulk).toMatchObject({ decided: 3, sampled: 2 });
    const [sample] = await listSamples(testDb());
    expect(sample).toMatchObject({
      requestedByName: null,
      bulkKind: "approve",
      reviewerName: "Rita Reviewer",
      population: 3,
      size: 2,
      reviewed: 0,
      criteria: { reviewerId: rita.id, percent: 50 },
    });
    const items = await sampleItems(testDb(), sample!.id);
    expect(items.map((i) => i.decidedById)).toEqual([rita.id, rita.id]);
    const [stored] = await testDb().select().from(qualitySamples);
    expect(stored!.bulkId).toBe(bulk.bulkId);
    const [audited] = await testDb()
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "decision.bulk_recorded"));
    expect(audited!.data).toMatchObject({ qualitySampleId: sample!.id });
  });

  it("the decider cannot review their own bulk decision; another manager agrees or disagrees with a comment", async () => {
    const max = await makeUser(testDb(), "manager", "Max Manager");
    const mia = await makeUser(testDb(), "manager", "Mia Manager");
    await bulkOfThree(max, 100);
    const [sample] = await listSamples(testDb());
    const [first, second] = await sampleItems(testDb(), sample!.id);
    const verdict = (
      reviewId: string,
      reviewerId: string,
      v: "agree" | "disagree",
      comment: string | null,
    ) =>
      reviewSampledDecision(testDb(), { reviewId, reviewerId, verdict: v, comment, reopen: false });
    expect(await refusal(verdict(first!.reviewId, max.id, "agree", null))).toBe("FORBIDDEN");
    // Nor behind the review's back: the database refuses the decider as the second person.
    await expect(
      testDb()
        .update(qualityReviews)
        .set({ verdict: "agree", reviewedBy: max.id, reviewedAt: new Date() })
        .where(eq(qualityReviews.id, first!.reviewId)),
    ).rejects.toThrow();
    await verdict(first!.reviewId, mia.id, "agree", null);
    await verdict(second!.reviewId, mia.id, "disagree", "The outage was only 20 hours");
    const [after] = await listSamples(testDb());
    expect(after).toMatchObject({ size: 3, reviewed: 2, agreed: 1 });
    const items = await sampleItems(testDb(), sample!.id);
    expect(items.find((i) => i.reviewId === second!.reviewId)).toMatchObject({
      verdict: "disagree",
      comment: "The outage was only 20 hours",
      reviewedByName: "Mia Manager",
    });
  });

  it("a share of 0 % sets nothing aside: no sample", async () => {
    await bulkOfThree(await makeUser(testDb(), "reviewer"), 0);
    expect(await testDb().select().from(qualitySamples)).toHaveLength(0);
  });
});
