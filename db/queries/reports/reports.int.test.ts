import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, customers, orders } from "@/db/schema";
import { exportReport } from "@/lib/export/export-report";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { resetEnvCache } from "@/lib/env";
import { advancePayout } from "@/lib/payouts/advance-payout";
import { applyProviderRefund } from "@/lib/payouts/apply-provider-refund";
import { bookAutomaticRefunds } from "@/lib/payouts/book-automatic-refunds";
import { providerKey } from "@/lib/payouts/expected-postings";
import { FakeProvider } from "@/lib/payouts/test-support/fake-provider";
import { decide, requestOf } from "@/lib/payouts/test-support/money-fixture";
import { moneyRefunded } from "./money-report";
import { overrideRate, throughput } from "./override-report";
import { parseReportFilters, type ReportFilters } from "./report-filters";
import { slaBreaches } from "./sla-breaches";
import { moneyRefundedRaw, overrideRateRaw, throughputRaw, volumeByRaw } from "./raw-reports";
import { slaCompliance } from "./sla-report";
import { slaComplianceRaw } from "./sla-report-raw";
import { volumeBy } from "./volume-report";

type U = Awaited<ReturnType<typeof makeUser>>;
let anna: U, boris: U, mia: U;
let f: ReportFilters;
const refs: Record<string, string> = {};
const DAY = 86_400_000;

/*
 * The known data set, two currencies:
 * r1 USD  Anna  approve 3.00 balance (follows the policy), credited; reopened by Mia → partial 1.00 (override)
 * r2 RUB  Boris approve 25.00 RUB balance (override: amount), credited
 * r3 USD  Anna  deny GEN-DENY-CHANGED-MIND (override: outcome)
 * r4 RUB  Boris approve 30.00 RUB direct (override: destination), sent and settled
 * r5 USD  Anna  approve 3.00 balance, request from 10 days ago: review SLA missed; payout not yet due
 * two disposable activations (0.50 USD each): booked by the job at minute 17 (met) and minute 25 (missed)
 */
beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
  await resetDatabase();
  const db = testDb();
  const provider = new FakeProvider();
  [anna, boris, mia] = await Promise.all([
    makeUser(db, "reviewer", "Anna Reviewer"),
    makeUser(db, "reviewer", "Boris Reviewer"),
    makeUser(db, "manager", "Mia Manager"),
  ]);
  const rub = { currency: "RUB", paidMinor: 30000 };
  const [r1, r2, r3, r4] = [
    await makeRequestFixture(db),
    await makeRequestFixture(db, rub),
    await makeRequestFixture(db),
    await makeRequestFixture(db, rub),
  ];
  const r5 = await makeRequestFixture(db, { now: new Date(Date.now() - 10 * DAY) });
  Object.assign(refs, { r1: r1!.ref, r5: r5.ref });
  const d1 = await decide(db, r1!.requestId, anna);
  await advancePayout(db, { payoutId: d1.payoutId!, provider });
  const d2 = await decide(db, r2!.requestId, boris, {
    amount: "25.00",
    currency: "RUB",
    justification: "Used a day",
  });
  await advancePayout(db, { payoutId: d2.payoutId!, provider });
  await decide(db, r3!.requestId, anna, {
    kind: "deny",
    clauses: ["GEN-DENY-CHANGED-MIND"],
    justification: "Changed mind",
  });
  const d4 = await decide(db, r4!.requestId, boris, {
    amount: "30.00",
    currency: "RUB",
    destination: "direct",
    justification: "Asked for the card",
  });
  await advancePayout(db, { payoutId: d4.payoutId!, provider });
  await applyProviderRefund(db, provider.settle(providerKey(d4.payoutId!, 1)), { job: "test" });
  await decide(db, r5.requestId, anna);
  await reopenDecision(db, {
    requestId: r1!.requestId,
    version: (await requestOf(db, r1!.requestId)).version,
    managerId: mia.id,
    reason: "Outage was 48 hours",
  });
  await decide(
    db,
    r1!.requestId,
    { id: mia.id, manager: true },
    {
      kind: "partial",
      amount: "1.00",
      justification: "Outage 48h",
      takeOver: "on",
    },
  );
  const [c] = await db
    .insert(customers)
    .values({
      accountRef: "ACC-999001",
      email: "disp@example.com",
      name: "Disposable",
      currency: "USD",
    })
    .returning();
  const now = Date.now();
  const activation = (ref: string, minutesAgo: number) => ({
    ref,
    customerId: c!.id,
    kind: "disposable_number" as const,
    serviceName: "WhatsApp",
    paidMinor: 50,
    currency: "USD",
    periodStart: new Date(now - 2 * 3_600_000),
    periodEnd: new Date(now),
    activatedAt: new Date(now - minutesAgo * 60_000),
  });
  await db.insert(orders).values([activation("ORD-990001", 60), activation("ORD-990002", 50)]);
  // The job's minutes: the first activation booked at its minute 17, the second at its minute 25.
  await bookAutomaticRefunds(db, { now: new Date(now - 43 * 60_000) });
  await bookAutomaticRefunds(db, { now: new Date(now - 25 * 60_000) });
  f = parseReportFilters({});
});
afterAll(() => closeTestDb());

const pick = <T extends { metric: string }>(rows: T[], metric: string) =>
  rows.filter((r) => r.metric === metric);

const IMPLEMENTATIONS = {
  "daily rollups (what the pages read)": {
    slaCompliance,
    volumeBy,
    moneyRefunded,
    overrideRate,
    throughput,
  },
  "base tables (the definition)": {
    slaCompliance: slaComplianceRaw,
    volumeBy: volumeByRaw,
    moneyRefunded: moneyRefundedRaw,
    overrideRate: overrideRateRaw,
    throughput: throughputRaw,
  },
};

describe.each(Object.entries(IMPLEMENTATIONS))(
  "reports from the %s, on a known data set (figures by hand, two currencies)",
  (_name, q) => {
    const { slaCompliance, volumeBy, moneyRefunded, overrideRate, throughput } = q;
    it("SLA compliance per week: review 4 of 5 first decisions, balance 2 of 2, direct 1 of 1, automatic 1 of 2", async () => {
      const rows = await slaCompliance(testDb(), f, "week");
      const one = (m: string) => {
        const r = pick(rows, m);
        expect(r).toHaveLength(1);
        return r[0];
      };
      expect(one("review")).toMatchObject({ total: 5, met: 4, missed: 1, share: 0.8 });
      expect(one("balance")).toMatchObject({ total: 2, met: 2, missed: 0, share: 1 });
      expect(one("direct")).toMatchObject({ total: 1, met: 1, missed: 0, share: 1 });
      expect(one("automatic")).toMatchObject({ total: 2, met: 1, missed: 1, share: 0.5 });
    });

    it("SLA compliance per reviewer: Anna 2 of 3 on review, Boris 2 of 2", async () => {
      const review = pick(await slaCompliance(testDb(), f, "reviewer"), "review");
      expect(review.map((r) => [r.label, r.total, r.met, r.share])).toEqual([
        ["Anna Reviewer", 3, 2, 0.6667],
        ["Boris Reviewer", 2, 2, 1],
      ]);
    });

    it("after a rebuild from the base tables the rollups hold the same figures", async () => {
      const before = await Promise.all([
        slaCompliance(testDb(), f, "reviewer"),
        moneyRefunded(testDb(), f),
      ]);
      await testDb().execute(sql`SELECT report_rollups_rebuild()`);
      expect(
        await Promise.all([slaCompliance(testDb(), f, "reviewer"), moneyRefunded(testDb(), f)]),
      ).toEqual(before);
    });

    it("lists each breach: r5's late review and the activation booked at minute 25", async () => {
      const b = await slaBreaches(testDb(), f);
      expect(b.map((x) => [x.metric, x.ref, x.reviewer])).toEqual([
        ["review", refs.r5, "Anna Reviewer"],
        ["automatic", "ORD-990002", null],
      ]);
    });

    it("volume: five requests decided, by outcome in force, clause and product", async () => {
      const db = testDb();
      expect(await volumeBy(db, f, "outcome")).toEqual([
        { key: "approve", requests: 3 },
        { key: "deny", requests: 1 },
        { key: "partial", requests: 1 },
      ]);
      expect(await volumeBy(db, f, "clause")).toEqual([
        { key: "VN-BAL-OUTAGE-24H", requests: 4 },
        { key: "GEN-DENY-CHANGED-MIND", requests: 1 },
      ]);
      expect(await volumeBy(db, f, "product")).toEqual([{ key: "rented_number", requests: 5 }]);
      const claims = await volumeBy(db, f, "claim");
      expect(claims.reduce((t, c) => t + c.requests, 0)).toBe(5);
    });

    it("money refunded from the ledger per currency and destination, net of the reversal, never summed across currencies", async () => {
      const rows = await moneyRefunded(testDb(), f);
      expect(rows.map((r) => [r.currency, r.destination, r.refundedMinor, r.postings])).toEqual([
        ["RUB", "all", 5500, 2],
        ["RUB", "balance", 2500, 1],
        ["RUB", "direct", 3000, 1],
        ["USD", "all", 200, 4],
        // 3.00 credited, 2.00 reversed when Mia lowered it to 1.00, and two automatic refunds of 0.50.
        ["USD", "balance", 200, 4],
      ]);
      const byBoris = await moneyRefunded(testDb(), { ...f, reviewer: boris.id });
      expect(byBoris.map((r) => r.refundedMinor)).toEqual([5500, 2500, 3000]);
    });

    it("override rate per reviewer and per clause", async () => {
      const db = testDb();
      expect(
        (await overrideRate(db, f, "reviewer")).map((r) => [
          r.label,
          r.decisions,
          r.overrides,
          r.rate,
        ]),
      ).toEqual([
        ["Boris Reviewer", 2, 2, 1],
        ["Mia Manager", 1, 1, 1],
        ["Anna Reviewer", 3, 1, 0.3333],
      ]);
      expect(
        (await overrideRate(db, f, "clause")).map((r) => [r.key, r.decisions, r.overrides, r.rate]),
      ).toEqual([
        ["GEN-DENY-CHANGED-MIND", 1, 1, 1],
        ["VN-BAL-OUTAGE-24H", 5, 3, 0.6],
      ]);
    });

    it("throughput: decisions per reviewer per week", async () => {
      const rows = await throughput(testDb(), f);
      expect(rows.map((r) => [r.reviewer, r.decisions])).toEqual([
        ["Anna Reviewer", 3],
        ["Boris Reviewer", 2],
        ["Mia Manager", 1],
      ]);
    });

    it("exports a report's table as CSV with the page's filters, audited", async () => {
      const res = await exportReport(testDb(), { userId: mia.id, report: "money", filters: f });
      expect((await res.text()).split("\r\n").filter(Boolean)).toEqual([
        "week,currency,destination,refunded_minor,postings",
        expect.stringMatching(/^\d{4}-\d{2}-\d{2},RUB,all,5500,2$/),
        expect.stringMatching(/,RUB,balance,2500,1$/),
        expect.stringMatching(/,RUB,direct,3000,1$/),
        expect.stringMatching(/,USD,all,200,4$/),
        expect.stringMatching(/,USD,balance,200,4$/),
      ]);
      const [entry] = await testDb()
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, "export.downloaded"));
      expect(entry?.data).toEqual({
        view: "report:money",
        filter: `from=${f.from}&to=${f.to}&report=money`,
      });
    });
  },
);
