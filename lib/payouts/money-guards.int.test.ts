import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { customers, orders, outboundEmails, payouts, smsMessages } from "@/db/schema";
import { makeAnotherRequest, makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { resetEnvCache } from "@/lib/env";
import { relinkRequest } from "@/lib/requests/relink-request";
import { advancePayout } from "./advance-payout";
import { applyProviderRefund } from "./apply-provider-refund";
import { bookAutomaticRefunds } from "./book-automatic-refunds";
import { decidePayoutApproval } from "./decide-payout-approval";
import { providerKey } from "./expected-postings";
import { FakeProvider } from "./test-support/fake-provider";
import { balanceOf, decide, payoutOf, requestOf, violations } from "./test-support/money-fixture";

type U = Awaited<ReturnType<typeof makeUser>>;
let reviewer: U, manager: U, manager2: U;
let provider: FakeProvider;

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  const db = testDb();
  [reviewer, manager, manager2] = await Promise.all([
    makeUser(db, "reviewer"),
    makeUser(db, "manager"),
    makeUser(db, "manager"),
  ]);
  provider = new FakeProvider();
});
afterAll(() => closeTestDb());

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; userMessage?: string }) => ({
      code: e.code,
      message: e.userMessage ?? String(e),
    }),
  );

describe("the cap", () => {
  it("an unlinked order cannot be paid, and a corrected amount never raises the cap", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paidMinor: 3200 });
    await relinkRequest(db, {
      actorId: reviewer.id,
      requestId: f.requestId,
      version: (await requestOf(db, f.requestId)).version,
      orderRef: "",
    });
    const unlinked = await refusal(
      decide(db, f.requestId, reviewer, {
        amount: "999999999.00",
        justification: "Customer insists",
      }),
    );
    expect(unlinked).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/link the order/i),
    });
    await relinkRequest(db, {
      actorId: reviewer.id,
      requestId: f.requestId,
      version: (await requestOf(db, f.requestId)).version,
      orderRef: f.orderRef,
    });
    const above = await refusal(
      decide(db, f.requestId, reviewer, { amount: "32.01", justification: "Customer insists" }),
    );
    expect(above).toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("At most 32.00 USD"),
    });
    expect(await db.select().from(payouts)).toEqual([]);
  });

  it("two requests on one order: the second is held to what remains", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paidMinor: 2000 });
    const g = await makeAnotherRequest(db, f);
    await decide(db, f.requestId, reviewer, {
      amount: "20.00",
      justification: "Whole period lost",
    });
    const second = await refusal(
      decide(db, g.requestId, reviewer, { amount: "20.00", justification: "Whole period lost" }),
    );
    expect(second).toMatchObject({
      message: expect.stringMatching(/At most 0\.00 USD .* already refunded or on its way/),
    });
    const [o] = await db.select().from(orders).where(eq(orders.id, f.orderId));
    expect(o).toMatchObject({ refundCommittedMinor: 2000, refundedMinor: 0 });
  });

  it("two requests and the automatic refund on one disposable order: money moves once, whoever comes first", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paidMinor: 500 });
    const g = await makeAnotherRequest(db, f);
    await db.execute(
      sql`UPDATE orders SET kind = 'disposable_number', activated_at = now() - interval '16 minutes' WHERE id = ${f.orderId}`,
    );
    // A reviewer approves 3.00 on the first request before the job runs…
    const first = await decide(db, f.requestId, reviewer, {
      amount: "3.00",
      clauses: ["DISP-AUTO-NO-SMS"],
      justification: "Missed automation",
    });
    expect(first.awaitingApproval).toBe(true);
    // …so the job leaves the activation alone (it has a refund), and the second request gets what remains.
    expect((await bookAutomaticRefunds(db)).booked).toBe(0);
    const second = await refusal(
      decide(db, g.requestId, reviewer, {
        amount: "2.01",
        clauses: ["DISP-AUTO-NO-SMS"],
        justification: "x",
      }),
    );
    expect(second).toMatchObject({ message: expect.stringContaining("At most 2.00 USD") });
    expect(
      (
        await decide(db, g.requestId, reviewer, {
          amount: "2.00",
          clauses: ["DISP-AUTO-NO-SMS"],
          justification: "x",
        })
      ).payoutId,
    ).not.toBeNull();
    const [o] = await db.select().from(orders).where(eq(orders.id, f.orderId));
    expect(o!.refundCommittedMinor).toBe(500);
    expect(await violations(db)).toEqual([]);
  });

  it("an automatic refund books the whole price: a later request about it can book nothing", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paidMinor: 500 });
    await db.execute(
      sql`UPDATE orders SET kind = 'disposable_number', activated_at = now() - interval '16 minutes' WHERE id = ${f.orderId}`,
    );
    expect((await bookAutomaticRefunds(db)).booked).toBe(1);
    expect(await balanceOf(db, f.customerId)).toBe(500);
    const refused = await refusal(
      decide(db, f.requestId, reviewer, {
        amount: "5.00",
        clauses: ["DISP-AUTO-NO-SMS"],
        justification: "x",
      }),
    );
    expect(refused).toMatchObject({ message: expect.stringContaining("At most 0.00 USD") });
    expect(await violations(db)).toEqual([]);
  });

  it("the database itself refuses over-refunding, edits, deletes and direct balance writes", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer);
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    const attempts = [
      sql`UPDATE ledger_entries SET amount_minor = amount_minor * 2`,
      sql`DELETE FROM ledger_transactions`,
      sql`TRUNCATE ledger_entries`,
      sql`UPDATE customers SET balance_minor = 99999 WHERE id = ${f.customerId}`,
      sql`UPDATE ledger_accounts SET balance_minor = 0`,
      sql`UPDATE orders SET refunded_minor = 0 WHERE id = ${f.orderId}`,
      sql`DELETE FROM payouts`,
      sql`UPDATE payouts SET amount_minor = 1`,
      sql`UPDATE payouts SET state = 'pending'`,
      sql`INSERT INTO payouts (source, decision_id, order_id, customer_id, amount_minor, currency, destination, due_by)
          SELECT 'decision', decision_id, order_id, customer_id, 2701, currency, destination, now() FROM payouts`,
    ];
    for (const q of attempts)
      await expect(db.execute(q), String(q.queryChunks[0])).rejects.toThrow();
    await expect(
      db.transaction(async (tx) => {
        const [t] = await tx.execute<{ id: string }>(
          sql`INSERT INTO ledger_transactions (kind, idempotency_key, description, actor_job) VALUES ('reversal', 'test:unbalanced', 'x', 'test') RETURNING id`,
        );
        const [a] = await tx.execute<{ id: string }>(
          sql`SELECT id FROM ledger_accounts WHERE kind = 'customer_balance'`,
        );
        await tx.execute(
          sql`INSERT INTO ledger_entries (transaction_id, account_id, amount_minor, currency) VALUES (${t!.id}, ${a!.id}, 100, 'USD')`,
        );
      }),
    ).rejects.toThrow();
    expect(await balanceOf(db, f.customerId)).toBe(300);
    expect(await violations(db)).toEqual([]);
  });
});

describe("four-eyes", () => {
  it("a direct refund above the threshold waits after step 1; the decider cannot approve it; another manager can", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paidMinor: 50_000, outageHours: 30 * 24 - 2 });
    const rec = (await requestOf(db, f.requestId)).recAmountMinor!;
    expect(rec).toBeGreaterThan(10_000);
    const amount = (rec / 100).toFixed(2);
    const d = await decide(db, f.requestId, manager, {
      destination: "direct",
      amount,
      justification: "Asked for the card personally",
    });
    expect(d.awaitingApproval).toBe(true);
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({
      state: "awaiting_approval",
      approvalStage: "before_send",
    });
    expect(await balanceOf(db, f.customerId)).toBe(rec);
    const self = await refusal(
      decidePayoutApproval(db, {
        payoutId: d.payoutId!,
        approverId: manager.id,
        approve: true,
        note: "ok",
      }),
    );
    expect(self).toMatchObject({ code: "FORBIDDEN" });
    await decidePayoutApproval(db, {
      payoutId: d.payoutId!,
      approverId: manager2.id,
      approve: true,
      note: "Checked the outage log",
    });
    const [draft] = await db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, f.requestId));
    expect(draft!.state).toBe("queued");
    expect((await advancePayout(db, { payoutId: d.payoutId!, provider })).state).toBe("sent");
    await applyProviderRefund(db, provider.settle(providerKey(d.payoutId!, 1)), { job: "test" });
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({
      state: "settled",
      approvalBy: manager2.id,
    });
    expect(await violations(db)).toEqual([]);
  });

  it("an override paying above the policy waits before anything is booked; rejected, nothing is paid and the request returns", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer, {
      amount: "10.00",
      justification: "Goodwill for the trouble",
    });
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({
      state: "awaiting_approval",
      approvalStage: "before_credit",
    });
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    expect(await balanceOf(db, f.customerId)).toBe(0);
    await decidePayoutApproval(db, {
      payoutId: d.payoutId!,
      approverId: manager.id,
      approve: false,
      note: "Policy pays 3.00",
    });
    expect(await payoutOf(db, d.payoutId!)).toMatchObject({ state: "rejected" });
    expect(await requestOf(db, f.requestId)).toMatchObject({
      status: "to_review",
      attention: "approval_rejected",
    });
    const replies = await db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, f.requestId));
    expect(replies.map((r) => r.state)).toEqual(["discarded"]);
    // Rejected: the reviewer decides again (no reopen needed), within the policy this time.
    const again = await decide(db, f.requestId, reviewer);
    await advancePayout(db, { payoutId: again.payoutId!, provider });
    expect(await balanceOf(db, f.customerId)).toBe(300);
    expect(await violations(db)).toEqual([]);
  });
});

describe("reopen after money moved", () => {
  it("before any money moved: the pending payout is cancelled, nothing is posted, the next decision books its own amount only", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer);
    await reopenDecision(db, {
      requestId: f.requestId,
      version: (await requestOf(db, f.requestId)).version,
      managerId: manager.id,
      reason: "Wrong amount typed",
    });
    expect((await payoutOf(db, d.payoutId!)).state).toBe("cancelled");
    const posted = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM ledger_transactions WHERE request_id = ${f.requestId}`,
    );
    expect(posted[0]!.n).toBe(0);
    const next = await decide(db, f.requestId, manager, {
      kind: "partial",
      amount: "2.00",
      justification: "Outage 48h",
      takeOver: "on",
    });
    await advancePayout(db, { payoutId: next.payoutId!, provider });
    expect(await payoutOf(db, next.payoutId!)).toMatchObject({
      source: "decision",
      amountMinor: 200,
    });
    expect(await balanceOf(db, f.customerId)).toBe(200);
    expect(await violations(db)).toEqual([]);
  });

  it("lowering a credited balance refund reverses the difference from the balance; raising it tops up", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer);
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    const reopen = async () =>
      reopenDecision(db, {
        requestId: f.requestId,
        version: (await requestOf(db, f.requestId)).version,
        managerId: manager.id,
        reason: "Outage was shorter",
      });
    await reopen();
    await decide(db, f.requestId, reviewer, {
      kind: "partial",
      amount: "1.00",
      justification: "Outage log corrected: 24h only",
    });
    expect(await balanceOf(db, f.customerId)).toBe(100);
    expect((await payoutOf(db, d.payoutId!)).reversedMinor).toBe(200);
    expect(await violations(db)).toEqual([]);
    await reopen();
    const up = await decide(db, f.requestId, manager, { amount: "3.00", takeOver: "on" });
    expect(up.payoutId).not.toBeNull();
    await advancePayout(db, { payoutId: up.payoutId!, provider });
    expect(await balanceOf(db, f.customerId)).toBe(300);
    expect(await payoutOf(db, up.payoutId!)).toMatchObject({ source: "top_up", amountMinor: 200 });
    expect(await violations(db)).toEqual([]);
  });

  it("lowering a settled direct refund puts the difference into recovery for managers", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const d = await decide(db, f.requestId, reviewer, {
      destination: "direct",
      justification: "Asked for the card",
    });
    await advancePayout(db, { payoutId: d.payoutId!, provider });
    const sentReopen = await refusal(
      reopenDecision(db, {
        requestId: f.requestId,
        version: (await requestOf(db, f.requestId)).version,
        managerId: manager.id,
        reason: "Check again",
      }),
    );
    expect(sentReopen).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("at the payment provider"),
    });
    await applyProviderRefund(db, provider.settle(providerKey(d.payoutId!, 1)), { job: "test" });
    await reopenDecision(db, {
      requestId: f.requestId,
      version: (await requestOf(db, f.requestId)).version,
      managerId: manager.id,
      reason: "Fraud found afterwards",
    });
    await decide(db, f.requestId, manager, {
      kind: "deny",
      clauses: ["VN-DENY-FRAUD"],
      justification: "Fraud evidence from the provider",
      takeOver: "on",
    });
    expect((await payoutOf(db, d.payoutId!)).reversedMinor).toBe(300);
    expect((await requestOf(db, f.requestId)).status).toBe("closed");
    const [o] = await db.select().from(orders).where(eq(orders.id, f.orderId));
    expect(o!.refundedMinor).toBe(0);
    expect(await violations(db)).toEqual([]);
  });
});

describe("disposable automation (DISP-AUTO-NO-SMS)", () => {
  it("books past minute 15 with an empty SMS table, exactly once with two workers at the same moment", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db, { paidMinor: 700 });
    const g = await makeRequestFixture(db, { paidMinor: 900 });
    const h = await makeRequestFixture(db, { paidMinor: 400 });
    await db.execute(
      sql`UPDATE orders SET kind = 'disposable_number', activated_at = now() - interval '16 minutes' WHERE id IN (${f.orderId}, ${g.orderId})`,
    );
    await db.execute(
      sql`UPDATE orders SET kind = 'disposable_number', activated_at = now() - interval '5 minutes' WHERE id = ${h.orderId}`,
    );
    await db
      .insert(smsMessages)
      .values({ orderId: g.orderId, receivedAt: new Date(), sender: "VK", body: "Code 1234" });
    const runs = await Promise.all([bookAutomaticRefunds(db), bookAutomaticRefunds(db)]);
    expect(runs.reduce((s, r) => s + r.booked, 0)).toBe(1);
    expect(await balanceOf(db, f.customerId)).toBe(700);
    expect(await balanceOf(db, g.customerId)).toBe(0);
    expect(await balanceOf(db, h.customerId)).toBe(0);
    const [o] = await db.select().from(orders).where(eq(orders.id, f.orderId));
    expect(o!.autoRefundedAt).not.toBeNull();
    expect((await bookAutomaticRefunds(db)).booked).toBe(0);
    const [c] = await db.select().from(customers).where(eq(customers.id, f.customerId));
    expect(c!.balanceMinor).toBe(700);
    expect(await violations(db)).toEqual([]);
  });
});
