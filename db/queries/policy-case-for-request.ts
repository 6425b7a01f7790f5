import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { customers, orders, refundRequests } from "../schema";
import type { PolicyCase } from "@/lib/policy";
import { buildPolicyCase } from "./build-policy-case";
import { loadOrderFacts } from "./order-facts";
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
  const [row] = await db
    .select({ request: refundRequests, customer: customers, order: orders })
    .from(refundRequests)
    .leftJoin(customers, eq(customers.id, refundRequests.customerId))
    .leftJoin(orders, eq(orders.id, refundRequests.orderId))
    .where(eq(refundRequests.ref, ref))
    .limit(1);
  if (!row) return null;
  const [facts, calendar] = await Promise.all([loadOrderFacts(db, row.order), getCalendar(db)]);
  return buildPolicyCase({
    request: row.request,
    customer: row.customer,
    order: row.order,
    ...facts,
    calendar,
    now,
  });
}
