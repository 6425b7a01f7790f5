import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { customers, orders, refundRequests } from "../schema";
import { buildPolicyCase } from "@/lib/requests/build-policy-case";
import { loadOrderFacts } from "@/lib/requests/evaluate-request";
import type { PolicyCase } from "@/lib/policy";
import { getCalendar } from "./settings";

/**
 * A request's current facts as a policy case, evaluated at `now` with the
 * saved calendar — the same facts evaluateRequest reads, read-only.
 * Null when no request has that reference.
 */
export async function getPolicyCaseForRequest(
  db: Tx,
  ref: string,
  now = new Date(),
): Promise<PolicyCase | null> {
  const [request] = await db
    .select()
    .from(refundRequests)
    .where(eq(refundRequests.ref, ref))
    .limit(1);
  if (!request) return null;
  const [[customer = null], [order = null], calendar] = await Promise.all([
    request.customerId
      ? db.select().from(customers).where(eq(customers.id, request.customerId)).limit(1)
      : Promise.resolve([]),
    request.orderId
      ? db.select().from(orders).where(eq(orders.id, request.orderId)).limit(1)
      : Promise.resolve([]),
    getCalendar(db),
  ]);
  return buildPolicyCase({
    request,
    customer,
    order,
    ...(await loadOrderFacts(db, order)),
    calendar,
    now,
  });
}
