import { and, count, eq, gt, isNull } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  customers,
  numberOutages,
  orders,
  paymentMethods,
  payouts,
  settings,
  smsMessages,
  users,
} from "@/db/schema";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { verifyPassword } from "@/lib/auth/password";
import { verifyLedger } from "@/lib/ledger/verify-ledger";
import { bookAutomaticRefunds } from "@/lib/payouts/book-automatic-refunds";
import { CLAUSE_IDS } from "@/lib/policy/clauses";
import { buildDemoDataset } from "./build-dataset";
import { demoEmails, REFUNDS_MAILBOX } from "./demo-emails";
import { allScenarios } from "./scenarios";
import { DEMO_USERS, EXTRA_DEMO_USERS, seedDemo, type SeedSummary } from "./seed-demo";

const NOW = new Date("2026-03-10T12:00:00Z");
// Deadlines are computed, not triggered by data: every other clause needs a scenario.
const SCENARIO_CLAUSES = CLAUSE_IDS.filter((id) => !id.startsWith("SLA-"));

describe("demo seed", () => {
  let summary: SeedSummary;
  beforeAll(async () => {
    await resetDatabase();
    summary = await seedDemo(testDb(), { now: NOW });
  });
  afterAll(() => closeTestDb());

  it("inserts what the summary reports, table by table", async () => {
    const db = testDb();
    const n = async (t: Parameters<ReturnType<typeof db.select>["from"]>[0]) =>
      (await db.select({ n: count() }).from(t))[0]?.n;
    expect(await n(users)).toBe(summary.users);
    expect(await n(customers)).toBe(summary.customers);
    expect(await n(paymentMethods)).toBe(summary.paymentMethods);
    expect(await n(orders)).toBe(summary.orders);
    expect(await n(numberOutages)).toBe(summary.numberOutages);
    expect(await n(smsMessages)).toBe(summary.smsMessages);
    expect(await n(settings)).toBe(2);
    expect(summary.users).toBe(5);
    expect(summary.customers).toBeGreaterThanOrEqual(50);
  });

  it("books the balances and past automatic refunds through the ledger, and leaves live activations for the job", async () => {
    const db = testDb();
    expect((await verifyLedger(db)).violations).toEqual([]);
    const withBalance = await db.select().from(customers).where(gt(customers.balanceMinor, 0));
    expect(withBalance.length).toBeGreaterThan(3);
    const auto = await db.select().from(payouts).where(eq(payouts.source, "automatic"));
    expect(auto.map((p) => p.state)).toEqual(["credited"]);
    // Three activations wait for their SMS: due 2, 6 and 10 minutes after the seed.
    const waiting = await db
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.kind, "disposable_number"),
          isNull(orders.autoRefundedAt),
          gt(orders.activatedAt, new Date(NOW.getTime() - 15 * 60_000)),
        ),
      );
    expect(waiting).toHaveLength(3);
    // The "missed automation" scenario is past minute 20 already: the first run books it, late.
    expect(await bookAutomaticRefunds(db, { now: NOW })).toMatchObject({
      booked: 1,
      lateBookings: 1,
    });
    expect(
      (await bookAutomaticRefunds(db, { now: new Date(NOW.getTime() + 11 * 60_000) })).booked,
    ).toBe(3);
    expect((await verifyLedger(db)).violations).toEqual([]);
  });

  it("signs in the demo users with their printed passwords; the former reviewer is deactivated", async () => {
    for (const u of [...DEMO_USERS, ...EXTRA_DEMO_USERS]) {
      const [row] = await testDb().select().from(users).where(eq(users.email, u.email));
      expect(row?.role).toBe(u.role);
      expect(row?.active).toBe(u.active);
      expect(await verifyPassword(row?.passwordHash ?? "", u.password)).toBe(true);
      expect(await verifyPassword(row?.passwordHash ?? "", "wrong-password")).toBe(false);
    }
  });

  it("has a scenario for every policy clause, each on an order of the scenario's own account", async () => {
    const scenarios = allScenarios();
    for (const clause of SCENARIO_CLAUSES) {
      expect(
        scenarios.filter((s) => s.expectedClause === clause).map((s) => s.key),
        clause,
      ).not.toHaveLength(0);
    }
    const rows = await testDb()
      .select({ ref: orders.ref, account: customers.accountRef, phone: orders.phoneNumber })
      .from(orders)
      .innerJoin(customers, eq(orders.customerId, customers.id));
    const byRef = new Map(rows.map((r) => [r.ref, r]));
    for (const s of scenarios) {
      expect(byRef.get(s.order.ref)?.account, s.key).toBe(s.customer.accountRef);
      expect(byRef.get(s.order.ref)?.phone ?? undefined, s.key).toBe(s.order.phone);
    }
  });

  it("stores the manager-editable settings", async () => {
    const rows = await testDb().select().from(settings);
    const value = Object.fromEntries(rows.map((r) => [r.key, r.value]));
    expect(value.auto_send_replies).toBe(false);
    expect(value.calendar).toMatchObject({ timeZone: "UTC", weekendDays: [6, 0] });
  });

  it("refuses to load twice: the second run rolls back without adding rows", async () => {
    await expect(seedDemo(testDb(), { now: NOW })).rejects.toThrow();
    const [row] = await testDb().select({ n: count() }).from(customers);
    expect(row?.n).toBe(summary.customers);
  });
});

describe("demo emails", () => {
  const emails = demoEmails(NOW);

  it("are the same bytes for the same seed and now, and the data set too", () => {
    const again = demoEmails(NOW);
    expect(again.map((e) => e.raw.toString("base64"))).toEqual(
      emails.map((e) => e.raw.toString("base64")),
    );
    expect(again.map((e) => e.receivedAt.getTime())).toEqual(
      emails.map((e) => e.receivedAt.getTime()),
    );
    expect(buildDemoDataset(NOW)).toEqual(buildDemoDataset(NOW));
    expect(emails.length).toBeGreaterThanOrEqual(55);
  });

  it("parse as MIME with Message-ID, From, To, Subject and Date, and quote an order, a number or an account", async () => {
    const byKey = new Map(allScenarios().map((s) => [s.key, s]));
    const ids = new Set<string>();
    for (const e of emails) {
      const mail = await simpleParser(e.raw);
      const s = byKey.get(e.scenario)!;
      expect(mail.messageId, e.scenario).toMatch(/^<[0-9a-f]{24}@[\w.-]+>$/);
      ids.add(mail.messageId!);
      expect(mail.from?.value[0]?.address).toBe((s.email.from ?? s.customer.email).toLowerCase());
      expect(mail.from?.value[0]?.name).toBe(s.customer.name);
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe(REFUNDS_MAILBOX);
      expect(mail.subject, e.scenario).toMatch(s.email.subject);
      expect(Math.abs(mail.date!.getTime() - e.receivedAt.getTime())).toBeLessThan(60_000);
      const text = `${mail.subject}\n${mail.text}`;
      const digits = text.replace(/\D/g, "");
      const quoted =
        text.includes(s.order.ref) ||
        text.includes(s.customer.accountRef) ||
        (s.order.phone !== undefined && digits.includes(s.order.phone.slice(1)));
      expect(quoted, e.scenario).toBe(true);
    }
    expect(ids.size).toBe(emails.length);
  });

  it("thread each follow-up to the email it completes", async () => {
    const replies = [];
    for (const e of emails) {
      const mail = await simpleParser(e.raw);
      if (mail.inReplyTo) replies.push({ e, mail });
    }
    expect(replies.length).toBeGreaterThanOrEqual(2);
    for (const { e, mail } of replies) {
      const first = emails.find((x) => x.scenario === e.scenario && x !== e)!;
      const original = await simpleParser(first.raw);
      expect(mail.inReplyTo).toBe(original.messageId);
      expect(mail.subject).toBe(`Re: ${original.subject}`);
      expect(e.receivedAt.getTime()).toBeGreaterThan(first.receivedAt.getTime());
    }
  });
});
