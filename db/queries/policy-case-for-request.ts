import { asc, eq } from "drizzle-orm";
import type { Tx } from "../client";
import { customers, numberOutages, orders, paymentMethods, refundRequests, smsMessages } from "../schema";
import { buildPolicyCase } from "@/lib/requests/build-policy-case";
import type { PolicyCase } from "@/lib/policy";
import { getCalendar } from "./settings";

/**
 * A request's current facts as a policy case, evaluated at `now` with the
 * saved calendar: the same loading as lib/requests/evaluate-request.ts (kept
 * in step by hand; that file belongs to the requests domain), read-only.
 * Null when no request has that reference.
 */
export async function getPolicyCaseForRequest(db: Tx, ref: string, now = new Date()): Promise<PolicyCase | null> {
  const [request] = await db.select().from(refundRequests).where(eq(refundRequests.ref, ref)).limit(1);
  if (!request) return null;
  const [customer = null] = request.customerId
    ? await db.select().from(customers).where(eq(customers.id, request.customerId)).limit(1)
    : [];
  const [order = null] = request.orderId ? await db.select().from(orders).where(eq(orders.id, request.orderId)).limit(1) : [];
  const outages = order
    ? await db.select().from(numberOutages).where(eq(numberOutages.orderId, order.id)).orderBy(asc(numberOutages.reportedAt))
    : [];
  const sms = order ? await db.select().from(smsMessages).where(eq(smsMessages.orderId, order.id)).orderBy(asc(smsMessages.receivedAt)) : [];
  const [paymentMethod = null] = order?.paymentMethodId
    ? await db.select().from(paymentMethods).where(eq(paymentMethods.id, order.paymentMethodId)).limit(1)
    : [];
  const calendar = await getCalendar(db);
  return buildPolicyCase({ request, customer, order, outages, sms, paymentMethod, calendar, now });
}
