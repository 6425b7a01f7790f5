import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createDb } from "@/db/client";
import { orders, payouts } from "@/db/schema";
import { makeAnotherRequest, makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { advancePayout } from "./advance-payout";
import { FakeProvider } from "./test-support/fake-provider";
import { balanceOf, decide, violations } from "./test-support/money-fixture";

// A pool wide enough that 50 attempts really run at once (the shared test pool holds 5).
let wide: ReturnType<typeof createDb>;
let reviewer: Awaited<ReturnType<typeof makeUser>>;

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  wide = createDb(inject("databaseUrl"), 50);
});
beforeEach(async () => {
  await resetDatabase();
  reviewer = await makeUser(testDb(), "reviewer");
});
afterAll(async () => {
  await wide.sql.end();
  await closeTestDb();
});

const settled = async <T>(ps: Promise<T>[]) => {
  const r = await Promise.allSettled(ps);
  return {
    ok: r.filter((x) => x.status === "fulfilled").length,
    failed: r.filter((x) => x.status === "rejected"),
  };
};

describe("50 parallel attempts", () => {
  it("to pay the same balance decision credit it once", async () => {
    const f = await makeRequestFixture(testDb());
    const d = await decide(testDb(), f.requestId, reviewer);
    const provider = new FakeProvider();
    const r = await settled(
      Array.from({ length: 50 }, () => advancePayout(wide.db, { payoutId: d.payoutId!, provider })),
    );
    expect(r.failed).toEqual([]);
    expect(await balanceOf(testDb(), f.customerId)).toBe(300);
    expect(await violations(testDb())).toEqual([]);
  });

  it("to pay the same direct decision send it to the provider once", async () => {
    const f = await makeRequestFixture(testDb());
    const d = await decide(testDb(), f.requestId, reviewer, {
      destination: "direct",
      justification: "Asked for the card",
    });
    const provider = new FakeProvider();
    await settled(
      Array.from({ length: 50 }, () => advancePayout(wide.db, { payoutId: d.payoutId!, provider })),
    );
    expect(provider.refunds.size).toBe(1);
    const [p] = await testDb().select().from(payouts).where(eq(payouts.id, d.payoutId!));
    expect(p).toMatchObject({ state: "sent", attempt: 1 });
    expect(await violations(testDb())).toEqual([]);
  });

  it("to approve 50 requests on one order whose sum exceeds its price move exactly the price", async () => {
    const f = await makeRequestFixture(testDb(), { paidMinor: 5000 });
    const fresh = [f.requestId];
    for (let i = 0; i < 49; i++) fresh.push((await makeAnotherRequest(testDb(), f)).requestId);
    // Each is approved at 5.00 on an order paid 50.00, all at once: exactly ten fit.
    const r = await settled(
      fresh.map((id) =>
        decide(wide.db, id, reviewer, { amount: "5.00", justification: "Whole outage" }),
      ),
    );
    const [o] = await testDb().select().from(orders).where(eq(orders.id, f.orderId));
    expect(o!.refundCommittedMinor).toBeLessThanOrEqual(5000);
    expect(r.ok).toBe(10);
    expect(o!.refundCommittedMinor).toBe(5000);
    expect(
      r.failed.every((x) =>
        /At most|exceed/.test(String((x.reason as { userMessage?: string }).userMessage)),
      ),
    ).toBe(true);
    const provider = new FakeProvider();
    const pays = await testDb().select({ id: payouts.id }).from(payouts);
    await settled(pays.map((p) => advancePayout(wide.db, { payoutId: p.id, provider })));
    const [after] = await testDb().select().from(orders).where(eq(orders.id, f.orderId));
    expect(after!.refundedMinor).toBe(o!.refundCommittedMinor);
    expect(await violations(testDb())).toEqual([]);
  });
});
