import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { pipelinedTransaction } from "./pipelined-transaction";
import { customers, orders, type Order } from "./schema";
import { clientOf, compileInsert, compileUpdate, run, selectList, send } from "./statements";
import { closeTestDb, resetDatabase, testDb } from "./test/test-db";

const INSERT_CUSTOMER = compileInsert(
  customers,
  ["accountRef", "email", "name", "currency", "balanceMinor"],
  { returning: ["id", "balanceMinor", "createdAt"] },
);

describe("precompiled statements", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  async function customerWithOrder() {
    const db = testDb();
    const [c] = await INSERT_CUSTOMER(clientOf(db), {
      accountRef: "ACC-1",
      email: "a@example.com",
      name: "A",
      currency: "EUR",
      balanceMinor: 1234,
    });
    await db.insert(orders).values({
      ref: "ORD-1",
      customerId: c!.id,
      kind: "rented_number",
      serviceName: "Rented number",
      paidMinor: 1999,
      currency: "EUR",
      phoneNumber: "+447911123456",
      periodStart: new Date("2026-01-01T10:00:00.123Z"),
      periodEnd: new Date("2026-02-01T00:00:00Z"),
    });
    return c!;
  }

  it("insert returns rows converted like drizzle's (bigint money as number, timestamps as Date)", async () => {
    const c = await customerWithOrder();
    expect(typeof c.balanceMinor).toBe("number");
    expect(c.balanceMinor).toBe(1234);
    expect(c.createdAt).toBeInstanceOf(Date);
  });

  it("rows selected with selectList equal what drizzle's own select returns", async () => {
    await customerWithOrder();
    const db = testDb();
    const viaDrizzle = await db.select().from(orders).where(eq(orders.ref, "ORD-1"));
    const viaStatement = await run<Order>(
      clientOf(db),
      orders,
      `SELECT ${selectList(orders)} FROM orders WHERE ref = $1`,
      ["ORD-1"],
    );
    expect(viaStatement).toEqual(viaDrizzle);
    expect(viaStatement[0]!.periodStart.toISOString()).toBe("2026-01-01T10:00:00.123Z");
  });

  it("update sets the listed columns, touches updated_at and numbers its WHERE parameters after the values", async () => {
    const c = await customerWithOrder();
    const db = testDb();
    const update = compileUpdate(
      customers,
      ["name", "balanceMinor"],
      { sql: "id = $1 AND currency = $2", params: 2 },
      { touch: "updatedAt", returning: ["name", "balanceMinor", "updatedAt"] },
    );
    const [row] = await update(clientOf(db), { name: "B", balanceMinor: 5 }, [c.id, "EUR"]);
    expect(row).toMatchObject({ name: "B", balanceMinor: 5 });
    expect(row!.updatedAt.getTime()).toBeGreaterThanOrEqual(c.createdAt.getTime());
    expect(await update(clientOf(db), { name: "C", balanceMinor: 6 }, [c.id, "USD"])).toEqual([]);
    expect(() => update.build({ name: "x", balanceMinor: 1 }, [c.id])).toThrow(
      /expected 2 where parameters/,
    );
  });
});

describe("pipelinedTransaction", () => {
  beforeEach(() => resetDatabase());
  afterAll(() => closeTestDb());

  const customer = (n: number) =>
    INSERT_CUSTOMER.build({
      accountRef: `ACC-${n}`,
      email: `c${n}@example.com`,
      name: `C${n}`,
      currency: "USD",
      balanceMinor: 0,
    });
  const count = async () => (await testDb().select().from(customers)).length;

  it("commits what the body wrote and the closing statements, and returns the body's result", async () => {
    const result = await pipelinedTransaction(testDb(), async (tx) => {
      await send(clientOf(tx), customer(1));
      return { result: "done", closing: [customer(2), customer(3)] };
    });
    expect(result).toBe("done");
    expect(await count()).toBe(3);
  });

  it("a failing closing statement (here a duplicate account ref) rolls back everything, the body's writes included", async () => {
    await expect(
      pipelinedTransaction(testDb(), async (tx) => {
        await send(clientOf(tx), customer(1));
        return { result: null, closing: [customer(2), customer(2), customer(3)] };
      }),
    ).rejects.toThrow(/duplicate key|unique/i);
    expect(await count()).toBe(0);
    // The connection went back to the pool in a usable state.
    await pipelinedTransaction(testDb(), async () => ({ result: null, closing: [customer(9)] }));
    expect(await count()).toBe(1);
  });

  it("a body that throws rolls back and sends nothing of the closing statements", async () => {
    await expect(
      pipelinedTransaction(testDb(), async (tx) => {
        await send(clientOf(tx), customer(1));
        throw new Error("extraction failed");
      }),
    ).rejects.toThrow("extraction failed");
    expect(await count()).toBe(0);
  });
});
