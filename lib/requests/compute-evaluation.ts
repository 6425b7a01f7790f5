import { buildPolicyCase, type PolicyRequestFacts } from "@/db/queries/build-policy-case";
import type { OrderFacts } from "@/db/queries/order-facts";
import type { Customer, Order, RefundRequest } from "@/db/schema";
import { evaluate, type Calendar, type PolicyCase, type PolicyResult } from "@/lib/policy";

/** The recommendation columns the queue shows, denormalised onto refund_requests. */
export type Recommendation = Pick<
  RefundRequest,
  "recOutcome" | "recAmountMinor" | "recDestination" | "recClauses" | "reviewBy"
>;

export type Evaluation = {
  input: PolicyCase;
  result: PolicyResult;
  calendar: Calendar;
  now: Date;
  recommendation: Recommendation;
};

/** SLA-REVIEW-2WD as the queue keeps it: running only once the request is complete. */
export function reviewDeadline(
  missing: readonly string[],
  deadlines: PolicyResult["deadlines"],
): Date | null {
  return missing.length === 0 && deadlines.reviewBy ? new Date(deadlines.reviewBy) : null;
}

/** Pure: runs the engine on the facts and derives the recommendation columns (SLA-REVIEW-2WD deadline only once complete). */
export function computeEvaluation(f: {
  request: PolicyRequestFacts;
  customer: Customer | null;
  order: Order | null;
  orderFacts: OrderFacts;
  calendar: Calendar;
  now: Date;
}): Evaluation {
  const input = buildPolicyCase({
    request: f.request,
    customer: f.customer,
    order: f.order,
    ...f.orderFacts,
    calendar: f.calendar,
    now: f.now,
  });
  const result = evaluate(input);
  const reviewBy = reviewDeadline(f.request.missing, result.deadlines);
  return {
    input,
    result,
    calendar: f.calendar,
    now: f.now,
    recommendation: {
      recOutcome: result.outcome,
      recAmountMinor: result.amountMinor,
      recDestination: result.destination,
      recClauses: result.clauses,
      reviewBy,
    },
  };
}
