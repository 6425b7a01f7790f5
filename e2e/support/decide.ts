import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { refundRequests, users } from "../../db/schema";
import { recordDecisionSchema } from "../../lib/decisions/decision-schema";
import { recordDecision } from "../../lib/decisions/record-decision";
import { e2eDb } from "./seed";

/** A reviewer of its own (so parallel tests' decisions never mix with this test's filters). */
export async function seedReviewer(name: string): Promise<{ id: string; name: string }> {
  const [u] = await e2eDb()
    .insert(users)
    .values({ email: `e2e-${randomUUID().slice(0, 8)}@refund-desk.test`, name, role: "reviewer" })
    .returning();
  return { id: u!.id, name: u!.name };
}

/** A decision recorded through the domain, as the form would send it (default: approve 3.00 USD to the balance). */
export async function seedDecision(
  requestId: string,
  deciderId: string,
  patch: Record<string, unknown> = {},
): Promise<void> {
  const [r] = await e2eDb().select().from(refundRequests).where(eq(refundRequests.id, requestId));
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
  await recordDecision(e2eDb(), { input, actor: { id: deciderId, manager: false } });
}
