import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { customers, numberOutages, orders, paymentMethods, policyEvaluations, refundRequests, smsMessages } from "@/db/schema";
import { evaluate, type PolicyResult } from "@/lib/policy";
import { buildPolicyCase } from "./build-policy-case";

/**
 * Runs the policy engine on a request's current facts, stores the evaluation
 * (with the calendar and engine version it used) and the recommendation the
 * queue shows. The review deadline comes from the engine (SLA-REVIEW-2WD).
 */
export async function evaluateRequest(tx: Tx, requestId: string, now = new Date()): Promise<{ evaluationId: string; result: PolicyResult }> {
  const [request] = await tx.select().from(refundRequests).where(eq(refundRequests.id, requestId)).limit(1);
  if (!request) throw new Error(`request ${requestId} not found`);
  const [customer = null] = request.customerId
    ? await tx.select().from(customers).where(eq(customers.id, request.customerId)).limit(1)
    : [];
  const [order = null] = request.orderId ? await tx.select().from(orders).where(eq(orders.id, request.orderId)).limit(1) : [];
  const outages = order ? await tx.select().from(numberOutages).where(eq(numberOutages.orderId, order.id)).orderBy(asc(numberOutages.reportedAt)) : [];
  const sms = order ? await tx.select().from(smsMessages).where(eq(smsMessages.orderId, order.id)).orderBy(asc(smsMessages.receivedAt)) : [];
  const [paymentMethod = null] = order?.paymentMethodId
    ? await tx.select().from(paymentMethods).where(eq(paymentMethods.id, order.paymentMethodId)).limit(1)
    : [];
  const calendar = await getCalendar(tx);
  const input = buildPolicyCase({ request, customer, order, outages, sms, paymentMethod, calendar, now });
  const result = evaluate(input);
  const [row] = await tx
    .insert(policyEvaluations)
    .values({ requestId, evaluatedAt: now, engineVersion: result.engineVersion, calendar, input, result })
    .returning({ id: policyEvaluations.id });
  const reviewBy = request.missing.length === 0 && result.deadlines.reviewBy ? new Date(result.deadlines.reviewBy) : null;
  await tx
    .update(refundRequests)
    .set({
      recOutcome: result.outcome,
      recAmountMinor: result.amountMinor,
      recDestination: result.destination,
      recClauses: result.clauses,
      reviewBy,
    })
    .where(eq(refundRequests.id, requestId));
  return { evaluationId: row!.id, result };
}
