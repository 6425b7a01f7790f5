import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import {
  auditLog,
  bulkDecisionItems,
  bulkDecisions,
  decisions,
  orders,
  outboundEmails,
  payouts,
  refundRequests,
} from "@/db/schema";
import { makeAnotherRequest, makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { closeTestDb, ownerDb, resetDatabase, testDb } from "@/db/test/test-db";
import type { SessionUser } from "@/lib/auth/current-user";
import { resetEnvCache } from "@/lib/env";
import { isAppError } from "@/lib/server/app-error";

let sessionUser: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => sessionUser }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { bulkDecideAction } = await import("./bulk-decide-action");
const { bulkDecide } = await import("@/lib/decisions/bulk-decide");

type U = Awaited<ReturnType<typeof makeUser>>;
const as = (u: U) => {
  sessionUser = { id: u.id, email: u.email, name: u.name, role: u.role };
};
let reviewer: U;

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.PAYMENT_DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");
  resetEnvCache();
});
beforeEach(async () => {
  await resetDatabase();
  reviewer = await makeUser(testDb(), "reviewer");
});
afterAll(() => closeTestDb());

/** Three requests recommending the same: approve 3.00 USD to the balance (the fixture's outage). */
async function threeAlike() {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await makeRequestFixture(testDb())).requestId);
  const rows = await testDb().select().from(refundRequests).where(inArray(refundRequests.id, ids));
  const first = rows[0]!;
  expect(rows.every((r) => r.recOutcome === first.recOutcome)).toBe(true);
  return {
    rows,
    input: {
      items: rows.map((r) => ({ requestId: r.id, version: r.version })),
      outcome: first.recOutcome!,
      clauses: first.recClauses,
      idempotencyKey: randomUUID(),
    },
  };
}

describe("bulk decide: each request its own decision through the same rules, all or nothing", () => {
  it("decides every ticked request as recommended, each with its decision, payout, reply and audit", async () => {
    const { rows, input } = await threeAlike();
    as(reviewer);
    const res = await bulkDecideAction(input);
    expect(res).toMatchObject({ ok: true, data: { decided: 3, sampled: 1, repeated: false } });
    const ds = await testDb().select().from(decisions);
    expect(ds).toHaveLength(3);
    for (const d of ds)
      expect(d).toMatchObject({
        kind: "approve",
        amountMinor: 300,
        override: false,
        decidedBy: reviewer.id,
      });
    expect(await testDb().select().from(payouts)).toHaveLength(3);
    const ids = rows.map((r) => r.id);
    expect(
      await testDb().select().from(outboundEmails).where(inArray(outboundEmails.requestId, ids)),
    ).toHaveLength(3);
    const items = await testDb().select().from(bulkDecisionItems);
    expect(items.filter((i) => i.sampledForReview)).toHaveLength(1);
    const [bulk] = await testDb().select().from(bulkDecisions);
    expect(bulk).toMatchObject({ count: 3, samplePercent: 10, kind: "approve" });
    expect(
      await testDb().select().from(auditLog).where(eq(auditLog.action, "decision.bulk_recorded")),
    ).toHaveLength(1);
    // A double submit of the same confirmation repeats the answer and decides nothing twice.
    expect(await bulkDecideAction(input)).toMatchObject({ ok: true, data: { repeated: true } });
    expect(await testDb().select().from(decisions)).toHaveLength(3);
  });

  it("refuses the whole batch when one request changed since it was ticked, naming it and why", async () => {
    const { rows, input } = await threeAlike();
    await testDb()
      .update(refundRequests)
      .set({ version: rows[1]!.version + 1 })
      .where(eq(refundRequests.id, rows[1]!.id));
    as(reviewer);
    const res = await bulkDecideAction(input);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("CONFLICT");
    expect(res.details).toEqual([{ ref: rows[1]!.ref, reason: expect.stringMatching(/changed/) }]);
    expect(res.message).toContain(rows[1]!.ref);
    expect(await testDb().select().from(decisions)).toHaveLength(0);
    expect(await testDb().select().from(payouts)).toHaveLength(0);
    expect(await testDb().select().from(bulkDecisions)).toHaveLength(0);
  });

  it("a request another reviewer holds, or one already decided, is refused by reference; nothing saved", async () => {
    const { rows, input } = await threeAlike();
    const other = await makeUser(testDb(), "reviewer", "Olga");
    await testDb()
      .update(refundRequests)
      .set({ assigneeId: other.id })
      .where(eq(refundRequests.id, rows[0]!.id));
    as(reviewer);
    const first = await bulkDecideAction({ ...input, items: input.items.slice(2) });
    expect(first.ok).toBe(true);
    const [after] = await testDb()
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, rows[2]!.id));
    const again = await bulkDecideAction({
      ...input,
      idempotencyKey: randomUUID(),
      items: [...input.items.slice(0, 2), { requestId: rows[2]!.id, version: after!.version }],
    });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    const refs = (again.details as { ref: string; reason: string }[]).map((d) => d.ref);
    expect(refs.sort()).toEqual([rows[0]!.ref, rows[2]!.ref].sort());
    expect(again.message).toMatch(/Olga is working on this request/);
    expect(again.message).toMatch(/was decided/);
    expect(await testDb().select().from(decisions)).toHaveLength(1);
  });

  it("the cap holds across the batch: the second refund on one order that would exceed what was paid refuses all", async () => {
    const f = await makeRequestFixture(testDb());
    const second = await makeAnotherRequest(testDb(), f);
    // The order was paid 5.00: each request's 3.00 fits alone, both together do not.
    await ownerDb().update(orders).set({ paidMinor: 500 }).where(eq(orders.id, f.orderId));
    const rows = await testDb()
      .select()
      .from(refundRequests)
      .where(inArray(refundRequests.id, [f.requestId, second.requestId]));
    expect(rows.map((r) => r.recAmountMinor)).toEqual([300, 300]);
    as(reviewer);
    const res = await bulkDecideAction({
      items: rows.map((r) => ({ requestId: r.id, version: r.version })),
      outcome: rows[0]!.recOutcome!,
      clauses: rows[0]!.recClauses,
      idempotencyKey: randomUUID(),
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.message).toMatch(/At most 2\.00 USD can be refunded/);
    expect(await testDb().select().from(decisions)).toHaveLength(0);
    expect(await testDb().select().from(payouts)).toHaveLength(0);
  });

  it("two batches over the same requests, ticked in opposite orders, race: one decides them, the other is refused, no deadlock", async () => {
    const { input } = await threeAlike();
    const other = await makeUser(testDb(), "reviewer");
    const run = (u: U, items: typeof input.items) =>
      bulkDecide(testDb(), {
        items,
        expected: { outcome: input.outcome, clauses: input.clauses },
        actor: { id: u.id, manager: false },
        idempotencyKey: randomUUID(),
        samplePercent: 0,
      }).then(
        (r) => ({ ok: true as const, r }),
        (e: unknown) => ({ ok: false as const, e }),
      );
    const results = await Promise.all([
      run(reviewer, input.items),
      run(other, [...input.items].reverse()),
    ]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    const refused = results.find((x) => !x.ok);
    expect(isAppError(refused!.e) && refused!.e.code).toBe("CONFLICT");
    expect(await testDb().select().from(decisions)).toHaveLength(3);
  });

  it("refuses a recommendation other than the one confirmed (no silent change of outcome)", async () => {
    const { rows, input } = await threeAlike();
    as(reviewer);
    const res = await bulkDecideAction({ ...input, outcome: "deny", clauses: rows[0]!.recClauses });
    expect(res.ok).toBe(false);
    expect(await testDb().select().from(decisions)).toHaveLength(0);
  });

  it("is refused to a role without decisions.write, before anything runs", async () => {
    const { input } = await threeAlike();
    as(await makeUser(testDb(), "admin"));
    expect(await bulkDecideAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await testDb().select().from(decisions)).toHaveLength(0);
  });
});
