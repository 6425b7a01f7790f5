import { sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { customers, orders } from "../schema";
import { closeTestDb, resetDatabase, testDb } from "./test-db";

describe("database constraints", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  it("runs on a real PostgreSQL server with the migrations applied", async () => {
    const [row] = await testDb().execute<{ v: string }>(
      sql`SELECT current_setting('server_version_num') AS v`,
    );
    expect(Number(row?.v)).toBeGreaterThanOrEqual(150000);
  });

  it("rejects a negative paid amount in the database itself", async () => {
    const db = testDb();
    const [c] = await db
      .insert(customers)
      .values({ accountRef: "ACC-00001", email: "a@example.com", name: "A", currency: "USD" })
      .returning();
    const insert = db.insert(orders).values({
      ref: "ORD-000001",
      customerId: c!.id,
      kind: "rented_number",
      serviceName: "Rented number",
      paidMinor: -1,
      currency: "USD",
      periodStart: new Date("2026-01-01T00:00:00Z"),
      periodEnd: new Date("2026-02-01T00:00:00Z"),
    });
    await expect(insert).rejects.toThrow();
  });

  it("rejects a lowercase currency code and a duplicate customer email (case-insensitive)", async () => {
    const db = testDb();
    await db
      .insert(customers)
      .values({ accountRef: "ACC-00002", email: "B@example.com", name: "B", currency: "EUR" });
    await expect(
      db
        .insert(customers)
        .values({ accountRef: "ACC-00003", email: "b@example.com", name: "B2", currency: "EUR" }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(customers)
        .values({ accountRef: "ACC-00004", email: "c@example.com", name: "C", currency: "eur" }),
    ).rejects.toThrow();
  });
});
