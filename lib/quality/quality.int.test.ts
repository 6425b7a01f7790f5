import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { qualityScores, sampleItems } from "@/db/queries/quality";
import { decisionReopenings, qualityReviews } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { decide, requestOf } from "@/lib/payouts/test-support/money-fixture";
import { drawSample } from "./draw-sample";
import { reviewSampledDecision } from "./review-sampled-decision";

type U = Awaited<ReturnType<typeof makeUser>>;
let anna: U, boris: U, mia: U;
const today = new Date().toISOString().slice(0, 10);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string }) => e.code ?? String(e),
  );

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  await resetDatabase();
  const db = testDb();
  [anna, boris, mia] = await Promise.all([
    makeUser(db, "reviewer", "Anna Reviewer"),
    makeUser(db, "reviewer", "Boris Reviewer"),
    makeUser(db, "manager", "Mia Manager"),
  ]);
  for (let i = 0; i < 3; i++) await decide(db, (await makeRequestFixture(db)).requestId, anna);
  await decide(db, (await makeRequestFixture(db)).requestId, anna, {
    kind: "deny",
    clauses: ["GEN-DENY-CHANGED-MIND"],
    justification: "Changed their mind",
  });
  await decide(db, (await makeRequestFixture(db)).requestId, boris);
});
afterAll(() => closeTestDb());

describe("quality sampling", () => {
  it("draws the asked share of one reviewer's decisions (rounded up), or of one clause", async () => {
    const db = testDb();
    const half = await drawSample(db, {
      managerId: mia.id,
      criteria: { reviewerId: anna.id, clause: null, from: today, to: today, percent: 50 },
    });
    expect(half).toMatchObject({ size: 2, population: 4 });
    const items = await sampleItems(db, half.sampleId);
    expect(items.map((i) => i.decidedByName)).toEqual(["Anna Reviewer", "Anna Reviewer"]);
    const denial = await drawSample(db, {
      managerId: mia.id,
      criteria: {
        reviewerId: null,
        clause: "GEN-DENY-CHANGED-MIND",
        from: today,
        to: today,
        percent: 5,
      },
    });
    expect(denial).toMatchObject({ size: 1, population: 1 });
    expect((await sampleItems(db, denial.sampleId))[0]!.kind).toBe("deny");
    expect(
      await refusal(
        drawSample(db, {
          managerId: mia.id,
          criteria: {
            reviewerId: null,
            clause: null,
            from: "2001-01-01",
            to: "2001-01-07",
            percent: 5,
          },
        }),
      ),
    ).toBe("INVALID_INPUT");
  });

  it("a second person gives each verdict once; the decider is refused, by the app and by the database", async () => {
    const db = testDb();
    const s = await drawSample(db, {
      managerId: mia.id,
      criteria: { reviewerId: anna.id, clause: null, from: today, to: today, percent: 100 },
    });
    const [first, second, third] = await sampleItems(db, s.sampleId);
    const verdict = (
      reviewId: string,
      reviewerId: string,
      o: Partial<Parameters<typeof reviewSampledDecision>[1]> = {},
    ) =>
      reviewSampledDecision(db, {
        reviewId,
        reviewerId,
        verdict: "agree",
        comment: null,
        reopen: false,
        ...o,
      });
    expect(await refusal(verdict(first!.reviewId, anna.id))).toBe("FORBIDDEN");
    await expect(
      db.execute(
        sql`UPDATE quality_reviews SET verdict = 'agree', reviewed_by = decided_by, reviewed_at = now() WHERE id = ${first!.reviewId}::uuid`,
      ),
    ).rejects.toMatchObject({ cause: { constraint_name: "quality_reviews_second_person" } });
    await verdict(first!.reviewId, boris.id);
    expect(await refusal(verdict(first!.reviewId, mia.id))).toBe("CONFLICT");
    expect(await refusal(verdict(second!.reviewId, mia.id, { verdict: "disagree" }))).toBe(
      "INVALID_INPUT",
    );
    await verdict(second!.reviewId, mia.id, {
      verdict: "disagree",
      comment: "Outage under 24h in the log",
    });
    // A disagreement can lead straight to a reopen (the comment is the reason).
    const r = await verdict(third!.reviewId, mia.id, {
      verdict: "disagree",
      comment: "Wrong clause cited",
      reopen: true,
    });
    expect(r.reopened).toBe(true);
    expect((await requestOf(db, third!.requestId)).attention).toBe("reopened");
    const [reopening] = await db
      .select()
      .from(decisionReopenings)
      .where(eq(decisionReopenings.decisionId, third!.decisionId));
    expect(reopening).toMatchObject({
      reopenedBy: mia.id,
      reason: "Quality review: Wrong clause cited",
    });
    const [row] = await db
      .select()
      .from(qualityReviews)
      .where(eq(qualityReviews.id, third!.reviewId));
    expect(row).toMatchObject({ verdict: "disagree", reviewedBy: mia.id });
  });

  it("scores each reviewer per week: the agreed share of reviewed decisions", async () => {
    const scores = await qualityScores(testDb(), { from: today });
    expect(scores).toEqual([
      expect.objectContaining({ reviewerName: "Anna Reviewer", reviewed: 3, agreed: 1 }),
    ]);
  });
});
