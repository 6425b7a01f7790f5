import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { customers, refundRequests } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import { resetEnvCache } from "@/lib/env";
import { parseQueueFilters } from "./queue-filters";
import { loadQueueView } from "./queue-view";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(() => resetDatabase());
afterAll(() => closeTestDb());

describe("queue search finds people", () => {
  it("by name (any part, any case), bare number, national phone and order reference, with the field matched", async () => {
    const db = testDb();
    const me = await makeUser(db, "reviewer");
    const f = await makeRequestFixture(db);
    await makeRequestFixture(db);
    await ownerDb()
      .update(customers)
      .set({ name: "Tatiana Ivanova-Smith" })
      .where(eq(customers.id, f.customerId));
    const search = async (q: string) =>
      (await loadQueueView(db, parseQueueFilters({ tab: "all", q }), me.id)).rows.map((r) => [
        r.ref,
        r.matched,
      ]);
    expect(await search("ivanova")).toEqual([[f.ref, "name"]]);
    expect(await search("TATIANA smith")).toEqual([]);
    expect(await search("Ivanova-SMITH")).toEqual([[f.ref, "name"]]);
    const n = Number(f.ref.slice(-6));
    expect(await search(String(n))).toContainEqual([f.ref, "reference"]);
    expect(await search(f.ref.slice(-6))).toContainEqual([f.ref, "reference"]);
    // The order's number is +44 7700 900123: national format, spaced as people write it.
    expect((await search("07700 900123")).map((x) => x[1])).toEqual(["phone", "phone"]);
    expect(await search(f.orderRef)).toEqual([[f.ref, "order"]]);
  });

  it("sorts amounts within their currency, never 4500 RUB above 32 GBP", async () => {
    const db = testDb();
    const me = await makeUser(db, "reviewer");
    const a = await makeRequestFixture(db);
    const b = await makeRequestFixture(db);
    const c = await makeRequestFixture(db);
    const set = (id: string, amount: number, currency: string) =>
      ownerDb()
        .update(refundRequests)
        .set({ amountRequestedMinor: amount, currency })
        .where(eq(refundRequests.id, id));
    await set(a.requestId, 450000, "RUB");
    await set(b.requestId, 3200, "GBP");
    await set(c.requestId, 9900, "GBP");
    const page1 = await loadQueueView(db, parseQueueFilters({ tab: "all", sort: "amount" }), me.id);
    expect(page1.rows.map((r) => `${r.amountRequestedMinor} ${r.currency}`)).toEqual([
      "9900 GBP",
      "3200 GBP",
      "450000 RUB",
    ]);
  });
});
