import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { customers, orders, orderStatusEvents } from "../schema";
import { makeRequestFixture } from "../test/request-fixture";
import { closeTestDb, resetDatabase, testDb } from "../test/test-db";
import { getRequestDetail } from "./request-detail";

describe("order status history", () => {
  beforeAll(() => {
    process.env.DATABASE_URL = inject("databaseUrl");
    process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
    resetEnvCache();
  });
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it("starts active at the paid period's start and adds each change of status; the request page reads it oldest first", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const [order] = await db.select().from(orders).where(eq(orders.id, f.orderId));
    const blockedAt = new Date(order!.periodStart.getTime() + 3 * 86_400_000);
    await db
      .update(orders)
      .set({ status: "blocked_by_operator", statusAt: blockedAt })
      .where(eq(orders.id, order!.id));
    // Touching other columns, or setting the same status again, adds nothing.
    await db
      .update(orders)
      .set({ status: "blocked_by_operator", city: "London" })
      .where(eq(orders.id, order!.id));
    await db
      .update(orders)
      .set({ status: "disconnected_by_client", statusAt: null })
      .where(eq(orders.id, order!.id));
    const detail = await getRequestDetail(db, f.requestId);
    expect(detail!.statusHistory.map((e) => e.status)).toEqual([
      "active",
      "blocked_by_operator",
      "disconnected_by_client",
    ]);
    expect(detail!.statusHistory[0]!.at).toEqual(order!.periodStart);
    expect(detail!.statusHistory[1]!.at).toEqual(blockedAt);
  });

  it("a status changed without a new time is stamped now; same-instant events read active first", async () => {
    const db = testDb();
    const f = await makeRequestFixture(db);
    const blockedAt = new Date(Date.now() - 86_400_000);
    await db
      .update(orders)
      .set({ status: "blocked_by_operator", statusAt: blockedAt })
      .where(eq(orders.id, f.orderId));
    const before = Date.now();
    await db
      .update(orders)
      .set({ status: "disconnected_by_client" })
      .where(eq(orders.id, f.orderId));
    const detail = await getRequestDetail(db, f.requestId);
    const last = detail!.statusHistory.at(-1)!;
    expect(last.status).toBe("disconnected_by_client");
    expect(last.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // An order inserted already disconnected with no time: both events at the period's start, active first.
    const [c] = await db
      .insert(customers)
      .values({ accountRef: "ACC-9", email: "t@example.com", name: "T", currency: "USD" })
      .returning();
    const periodStart = new Date("2026-10-01T00:00:00Z");
    const [o] = await db
      .insert(orders)
      .values({
        ref: "ORD-9",
        customerId: c!.id,
        kind: "rented_number",
        serviceName: "UK rented number",
        paidMinor: 1,
        currency: "USD",
        periodStart,
        periodEnd: new Date("2026-11-01T00:00:00Z"),
        status: "disconnected_by_client",
      })
      .returning();
    const events = await db
      .select()
      .from(orderStatusEvents)
      .where(eq(orderStatusEvents.orderId, o!.id));
    expect(events.map((e) => e.at.toISOString())).toEqual([
      periodStart.toISOString(),
      periodStart.toISOString(),
    ]);
    const ordered = await db
      .select()
      .from(orderStatusEvents)
      .where(eq(orderStatusEvents.orderId, o!.id))
      .orderBy(
        orderStatusEvents.at,
        sql`${orderStatusEvents.status} <> 'active'`,
        orderStatusEvents.seq,
      );
    expect(ordered.map((e) => e.status)).toEqual(["active", "disconnected_by_client"]);
  });

  it("an order inserted already changed, or never provided, gets the history it implies", async () => {
    const db = testDb();
    const [c] = await db
      .insert(customers)
      .values({ accountRef: "ACC-1", email: "h@example.com", name: "H", currency: "USD" })
      .returning();
    const periodStart = new Date("2026-11-01T10:00:00Z");
    const base = {
      customerId: c!.id,
      kind: "rented_number" as const,
      serviceName: "UK rented number",
      paidMinor: 1000,
      currency: "USD",
      periodStart,
      periodEnd: new Date("2026-12-01T10:00:00Z"),
    };
    const [gone] = await db
      .insert(orders)
      .values({
        ...base,
        ref: "ORD-1",
        status: "deleted_by_client",
        statusAt: new Date("2026-11-05T08:00:00Z"),
      })
      .returning();
    const [never] = await db
      .insert(orders)
      .values({
        ...base,
        ref: "ORD-2",
        status: "not_provided",
        notProvidedCause: "fulfilment_failure",
        statusAt: new Date("2026-11-01T10:05:00Z"),
      })
      .returning();
    const history = async (id: string) =>
      (
        await db
          .select()
          .from(orderStatusEvents)
          .where(eq(orderStatusEvents.orderId, id))
          .orderBy(orderStatusEvents.at)
      ).map((e) => [e.status, e.at.toISOString(), e.notProvidedCause]);
    expect(await history(gone!.id)).toEqual([
      ["active", "2026-11-01T10:00:00.000Z", null],
      ["deleted_by_client", "2026-11-05T08:00:00.000Z", null],
    ]);
    expect(await history(never!.id)).toEqual([
      ["not_provided", "2026-11-01T10:05:00.000Z", "fulfilment_failure"],
    ]);
    // Changed before its paid period began: it never was active.
    const [early] = await db
      .insert(orders)
      .values({
        ...base,
        ref: "ORD-3",
        status: "blocked_by_operator",
        statusAt: new Date("2026-10-30T00:00:00Z"),
      })
      .returning();
    expect(await history(early!.id)).toEqual([
      ["blocked_by_operator", "2026-10-30T00:00:00.000Z", null],
    ]);
    const [row] = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM order_status_events`,
    );
    expect(row!.n).toBe(4);
  });
});
