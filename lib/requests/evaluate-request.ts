import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { loadOrderFacts } from "@/db/queries/order-facts";
import { getCalendar } from "@/db/queries/settings";
import {
  customers,
  orders,
  policyEvaluations,
  refundRequests,
  type Customer,
  type Order,
  type RefundRequest,
} from "@/db/schema";
import type { Calendar, PolicyResult } from "@/lib/policy";
import { computeEvaluation, type Evaluation } from "./compute-evaluation";

export { computeEvaluation, type Evaluation, type Recommendation } from "./compute-evaluation";

/** Rows a caller already holds; evaluateRequest selects only what is not given. */
export type PreloadedFacts = {
  request?: RefundRequest;
  /** null: the request has no customer / order (do not look it up). */
  customer?: Customer | null;
  order?: Order | null;
  calendar?: Calendar;
};

/** Stores the evaluation row (with the calendar and engine version it used). */
export async function insertEvaluation(tx: Tx, requestId: string, e: Evaluation): Promise<string> {
  const [row] = await tx
    .insert(policyEvaluations)
    .values({
      requestId,
      evaluatedAt: e.now,
      engineVersion: e.result.engineVersion,
      calendar: e.calendar,
      input: e.input,
      result: e.result,
    })
    .returning({ id: policyEvaluations.id })
    .prepare("insert_policy_evaluation")
    .execute();
  return row!.id;
}

/**
 * Runs the policy engine on a request's current facts, stores the evaluation
 * (with the calendar and engine version it used) and the recommendation the
 * queue shows. The review deadline comes from the engine (SLA-REVIEW-2WD).
 * Rows the caller already loaded can be passed in `preloaded`; without them
 * everything (including the calendar) is read fresh.
 */
export async function evaluateRequest(
  tx: Tx,
  requestId: string,
  now = new Date(),
  preloaded: PreloadedFacts = {},
): Promise<{ evaluationId: string; result: PolicyResult }> {
  const request =
    preloaded.request ??
    (await tx.select().from(refundRequests).where(eq(refundRequests.id, requestId)).limit(1))[0];
  if (!request) throw new Error(`request ${requestId} not found`);
  const [customer = null] =
    preloaded.customer !== undefined && preloaded.customer?.id === (request.customerId ?? undefined)
      ? [preloaded.customer]
      : request.customerId
        ? await tx.select().from(customers).where(eq(customers.id, request.customerId)).limit(1)
        : [];
  const [order = null] =
    preloaded.order !== undefined && preloaded.order?.id === (request.orderId ?? undefined)
      ? [preloaded.order]
      : request.orderId
        ? await tx.select().from(orders).where(eq(orders.id, request.orderId)).limit(1)
        : [];
  const calendar = preloaded.calendar ?? (await getCalendar(tx));
  const evaluation = computeEvaluation({
    request,
    customer,
    order,
    orderFacts: await loadOrderFacts(tx, order),
    calendar,
    now,
  });
  const [evaluationId] = await Promise.all([
    insertEvaluation(tx, requestId, evaluation),
    tx
      .update(refundRequests)
      .set(evaluation.recommendation)
      .where(eq(refundRequests.id, requestId)),
  ]);
  return { evaluationId, result: evaluation.result };
}
