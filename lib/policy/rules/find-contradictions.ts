import { CLAIM_ORDER_KINDS } from "../interpretations";
import type { ParsedPolicyCase } from "../schema";
import { at } from "./finding";

/**
 * Facts that cannot all be true, or a fact the rules need that is absent.
 * Any of them sends the case to manual_review (INT-CONTRADICTIONS-BEFORE-ENTITLEMENTS).
 */
export function findContradictions(policyCase: ParsedPolicyCase): string[] {
  const { request, order } = policyCase;
  const now = at(policyCase.now);
  const found: string[] = [];
  const completedAt = at(request.completedAt ?? request.receivedAt);
  if (completedAt < at(request.receivedAt))
    found.push("the request was completed before it was received");
  if (now < completedAt) found.push("the evaluation time is before the request was complete");
  if (!order) return found;

  if (order.currency !== request.currency) {
    found.push(`the order was paid in ${order.currency} but the request is in ${request.currency}`);
  }
  if (at(order.periodEnd) < at(order.periodStart))
    found.push("the paid period ends before it starts");
  const kinds = CLAIM_ORDER_KINDS[request.claim];
  if (kinds !== "any" && !kinds.includes(order.kind)) {
    found.push(`the claim "${request.claim}" cannot concern a ${order.kind} order`);
  }
  if ((order.status === "not_provided") !== (order.notProvidedCause !== null)) {
    found.push(
      `the order status "${order.status}" does not fit the not-provided cause "${order.notProvidedCause ?? "none"}"`,
    );
  }
  if (order.status === "blocked_by_operator" && order.statusAt === null)
    found.push("the operator block has no time");
  if (order.statusAt !== null && at(order.statusAt) > now)
    found.push("the order status changes after the evaluation time");
  order.outages.forEach((outage, index) => {
    if (outage.resolvedAt !== null && at(outage.resolvedAt) < at(outage.reportedAt)) {
      found.push(`outage ${index + 1} was resolved before it was reported`);
    }
  });

  const activatedAt = order.activatedAt ?? null;
  if (order.kind === "disposable_number" && activatedAt === null)
    found.push("the disposable number has no activation time");
  if (activatedAt !== null && at(activatedAt) > now)
    found.push("the number is activated after the evaluation time");
  if (order.autoRefundedAt !== null) {
    if (order.kind !== "disposable_number")
      found.push("an automatic refund is recorded on an order that is not a disposable number");
    if (activatedAt !== null && at(order.autoRefundedAt) < at(activatedAt))
      found.push("the automatic refund precedes the activation");
    if (at(order.autoRefundedAt) > now)
      found.push("the automatic refund is booked after the evaluation time");
    if (order.sms.some((sms) => sms.shownInTable))
      found.push("an automatic refund is recorded although an SMS is shown in the table");
  }
  return found;
}
