import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisions, refundRequests, users } from "../schema";
import { closeTestDb, resetDatabase, testDb } from "../test/test-db";
import { decisionsCiting } from "./decisions/list-decisions";
import { clauseCountsByStatus } from "./queue-clause-counts";

beforeAll(() => resetDatabase());
afterAll(() => closeTestDb());

const A = "VN-BAL-OUTAGE-24H";
const B = "GEN-DENY-CHANGED-MIND";

/** The counts a full scan gives: requests citing `clause` (once each), per status. */
async function counted(clause: string): Promise<Record<string, number>> {
  const rows = await testDb().execute<{ status: string; n: number }>(
    sql`SELECT status::text, count(*)::int AS n FROM refund_requests WHERE rec_clauses @> ARRAY[${clause}]::text[] GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
const nonZero = (c: Record<string, number>) =>
  Object.fromEntries(Object.entries(c).filter(([, n]) => n !== 0));

describe("clause counts", () => {
  it("follow requests through inserts, status and clause changes and deletes, once per clause", async () => {
    const db = testDb();
    const make = (i: number, recClauses: string[]) => ({
      ref: `RR-2026-${String(800000 + i)}`,
      status: "to_review" as const,
      fromAddress: "x@example.com",
      subject: "s",
      receivedAt: new Date(),
      recClauses,
    });
    await db
      .insert(refundRequests)
      .values([make(1, [A]), make(2, [A, B]), make(3, [A, A]), make(4, [])]);
    expect(await clauseCountsByStatus(db, A)).toEqual({ to_review: 3 });
    const ref = (i: number) => eq(refundRequests.ref, `RR-2026-${800000 + i}`);
    await db.update(refundRequests).set({ status: "decided" }).where(ref(1));
    await db
      .update(refundRequests)
      .set({ recClauses: [B] })
      .where(ref(3));
    await db
      .update(refundRequests)
      .set({ recClauses: [A], status: "closed" })
      .where(ref(4));
    await db.update(refundRequests).set({ subject: "unrelated change" }).where(ref(2));
    await db.delete(refundRequests).where(ref(2));
    for (const clause of [A, B]) {
      expect(nonZero(await clauseCountsByStatus(db, clause)), clause).toEqual(
        await counted(clause),
      );
    }
    expect(await counted(A)).toEqual({ decided: 1, closed: 1 });
  });

  it("count the clauses decisions cite", async () => {
    const db = testDb();
    const [u] = await db
      .insert(users)
      .values({ email: "cc@example.com", name: "C", role: "reviewer" })
      .returning();
    const [req] = await db.select().from(refundRequests).limit(1);
    const decide = (key: string, clauses: string[]) =>
      db.insert(decisions).values({
        requestId: req!.id,
        decidedBy: u!.id,
        kind: "deny",
        note: "n",
        clauses,
        idempotencyKey: key,
      });
    await decide("cc-1", [B]);
    await decide("cc-2", [B, A, B]);
    expect(await decisionsCiting(db, B)).toBe(2);
    expect(await decisionsCiting(db, A)).toBe(1);
    expect(await decisionsCiting(db, "VN-DENY-FRAUD")).toBe(0);
  });
});
