import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { advancePayout } from "./advance-payout";
import { applyProviderRefund } from "./apply-provider-refund";
import { providerKey } from "./expected-postings";
import { resolveFailedPayout } from "./resolve-failed-payout";
import { FakeProvider } from "./test-support/fake-provider";
import { balanceOf, decide, payoutOf, requestOf, violations } from "./test-support/money-fixture";

type U = Awaited<ReturnType<typeof makeUser>>;
let reviewer: U;
let provider: FakeProvider;

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  reviewer = await makeUser(testDb(), "reviewer");
  provider = new FakeProvider();
});
afterAll(() => closeTestDb());

describe("balance refund (SLA-BALANCE-5WD)", () => {
  it("books refunds_expense → customer balance once: credited, the request paid, the ledger whole", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer);
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({ state: "pending", amountMinor: 300 });
    expect(await balanceOf(db, f.customerId)).toBe(0);
    const first = await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(first.state).toBe("credited");
    const again = await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(again.steps).toEqual(["credited"]);
    expect(await balanceOf(db, f.customerId)).toBe(300);
    expect((await requestOf(db, f.requestId)).status).toBe("paid");
    expect(provider.calls).toBe(0);
    expect(await violations(db)).toEqual([]);
  });
});

describe("direct refund (SLA-DIRECT-1M)", () => {
  const direct = {
    destination: "direct",
    justification: "The customer asked for the card personally",
  };

  it("credits the balance, sends it, and settles: pending → sent → settled", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer, direct);
    const sent = await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(sent.state).toBe("sent");
    const p = await payoutOf(db, d.payoutId!);
    expect(p).toMatchObject({ state: "sent", attempt: 1, provider: "sandbox" });
    expect(p.providerRefundId).toMatch(/^re_/);
    // Money left the balance for the provider's clearing account.
    expect(await balanceOf(db, f.customerId)).toBe(0);
    await applyProviderRefund(db, provider.settle(providerKey(p.id, 1)), { job: "test" });
    expect(await payoutOf(db, p.id)).toMatchObject({ state: "settled" });
    expect((await requestOf(db, f.requestId)).status).toBe("paid");
    expect(provider.refunds.size).toBe(1);
    expect(await violations(db)).toEqual([]);
  });

  it("a failure returns the money to the balance and puts the request back in the queue; a retry pays it", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paymentRef: "ch_test_card_0002" });
    provider.failRefs.add("ch_test_card_0002");
    const d = await decide(db, f.requestId, reviewer, direct);
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    await applyProviderRefund(
      db,
      provider.settle(providerKey(d.payoutId!, 1), "ch_test_card_0002"),
      { job: "test" },
    );
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({
      state: "failed",
      failureReason: expect.stringContaining("card_declined"),
    });
    expect(await balanceOf(db, f.customerId)).toBe(300);
    expect(await requestOf(db, f.requestId)).toMatchObject({
      status: "to_review",
      attention: "payout_failed",
      attentionNote: expect.stringContaining("card_declined"),
    });
    expect(await violations(db)).toEqual([]);
    provider.failRefs.clear();
    await resolveFailedPayout(db, {
      payoutId: d.payoutId!,
      actorId: reviewer.id,
      resolution: "retry",
      note: "Card reissued",
    });
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    await applyProviderRefund(db, provider.settle(providerKey(d.payoutId!, 2)), { job: "test" });
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({ state: "settled", attempt: 2 });
    expect(await balanceOf(db, f.customerId)).toBe(0);
    expect(provider.refunds.size).toBe(2);
    expect(await violations(db)).toEqual([]);
  });

  it("a failed refund kept on the balance: the request is paid and a reply saying so is drafted", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paymentRef: "ch_test_card_0002" });
    provider.failRefs.add("ch_test_card_0002");
    const d = await decide(db, f.requestId, reviewer, direct);
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    await applyProviderRefund(
      db,
      provider.settle(providerKey(d.payoutId!, 1), "ch_test_card_0002"),
      { job: "test" },
    );
    await resolveFailedPayout(db, {
      payoutId: d.payoutId!,
      actorId: reviewer.id,
      resolution: "keep",
      note: "Card closed",
    });
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({ state: "on_balance" });
    expect(await requestOf(db, f.requestId)).toMatchObject({ status: "paid", attention: null });
    expect(await balanceOf(db, f.customerId)).toBe(300);
    expect(await violations(db)).toEqual([]);
  });

  it("a provider timeout after it accepted: the retry reuses the key and the provider pays once", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer, direct);
    provider.timeoutsAfterAccept = 1;
    await expect(advancePayout(db, { payoutId: d.payoutId!, provider })).rejects.toThrow(
      /timed out/,
    );
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({
      state: "sent",
      providerRefundId: null,
    });
    const retried = await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(retried.state).toBe("sent");
    expect(provider.calls).toBe(2);
    expect(provider.refunds.size).toBe(1);
    expect((await payoutOf(db, d.payoutId!)).attempt).toBe(1);
    expect(await violations(db)).toEqual([]);
  });

  it("a refund refused outright fails the attempt at once, with the provider's reason", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer, direct);
    provider.rejectNext = "invalid_account: the account number is not valid";
    const r = await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(r.state).toBe("failed");
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({
      failureReason: expect.stringContaining("invalid_account"),
      providerRefundId: null,
    });
    expect(await violations(db)).toEqual([]);
  });
});
