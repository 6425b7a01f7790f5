import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, payouts, refundRequests } from "@/db/schema";
import { recordDecision } from "@/lib/decisions/record-decision";
import { recordDecisionSchema } from "@/lib/decisions/decision-schema";
import { verifyLedger } from "@/lib/ledger/verify-ledger";

/** A decision as the form would send it, on the request's current version. */
export async function decide(
  db: Db,
  requestId: string,
  actor: { id: string; manager?: boolean },
  patch: Record<string, unknown> = {},
) {
  const [r] = await db.select().from(refundRequests).where(eq(refundRequests.id, requestId));
  const input = recordDecisionSchema.parse({
    requestId,
    version: r!.version,
    idempotencyKey: randomUUID(),
    kind: "approve",
    clauses: ["VN-BAL-OUTAGE-24H"],
    note: "Outage over 24 hours",
    amount: "3.00",
    currency: "USD",
    destination: "balance",
    ...patch,
  });
  return recordDecision(db, { input, actor: { id: actor.id, manager: actor.manager ?? false } });
}

export async function payoutOf(db: Db, payoutId: string) {
  const [p] = await db.select().from(payouts).where(eq(payouts.id, payoutId));
  return p!;
}

export async function balanceOf(db: Db, customerId: string): Promise<number> {
  const [c] = await db
    .select({ b: customers.balanceMinor })
    .from(customers)
    .where(eq(customers.id, customerId));
  return c!.b;
}

export async function requestOf(db: Db, requestId: string) {
  const [r] = await db.select().from(refundRequests).where(eq(refundRequests.id, requestId));
  return r!;
}

/** ledger:verify's violations (empty when every invariant holds). */
export async function violations(db: Db) {
  return (await verifyLedger(db)).violations;
}
