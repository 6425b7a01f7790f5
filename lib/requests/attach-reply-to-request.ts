import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { customers, inboundEmails, orders, refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Calendar, PolicyResult } from "@/lib/policy";
import { searchVector } from "./create-request-from-email";
import { loadOrderFacts } from "@/db/queries/order-facts";
import { computeEvaluation, insertEvaluation } from "./evaluate-request";
import { discardMissingInfoReplies } from "./queue-missing-info-reply";
import { mergeFields, missingItems, type RequestFields } from "./request-fields";
import { sealPaymentDetail } from "./seal-payment-detail";

export type AttachReplyOptions = {
  requestId: string;
  emailId: string;
  fields: RequestFields;
  receivedAt: Date;
  /** Words to index; must not contain full payment details. */
  searchText: string;
  /** Evaluation time (default now) and calendar (default: read fresh). */
  now?: Date;
  calendar?: Calendar;
  /** The caller already set inbound_emails.request_id for this email. */
  emailLinked?: boolean;
};

/**
 * A customer's reply joins its request and fills what was missing. When it
 * completes the request, the request moves from "awaiting customer" to the
 * review queue and the 2-working-day clock starts at this reply (REQ-INCOMPLETE);
 * the still-unsent "please send the missing details" replies are discarded.
 * The policy is re-evaluated on the merged facts, stored with the same UPDATE.
 */
export async function attachReplyToRequest(
  tx: Tx,
  opts: AttachReplyOptions,
): Promise<{
  completed: boolean;
  evaluationId: string;
  result: PolicyResult;
  discardedReplies: string[];
}> {
  const now = opts.now ?? new Date();
  const [joined] = await tx
    .select({ request: refundRequests, customer: customers, order: orders })
    .from(refundRequests)
    .leftJoin(customers, eq(customers.id, refundRequests.customerId))
    .leftJoin(orders, eq(orders.id, refundRequests.orderId))
    .where(eq(refundRequests.id, opts.requestId))
    .for("update", { of: refundRequests })
    .limit(1)
    .prepare("lock_request_with_account")
    .execute();
  if (!joined) throw new Error(`request ${opts.requestId} not found`);
  const { request: current, customer, order } = joined;
  const merged = mergeFields(current, opts.fields);
  const missing = missingItems({
    serviceName: merged.serviceName ?? null,
    amountRequestedMinor: merged.amountRequestedMinor ?? null,
    reasonText: merged.reasonText ?? null,
    paymentDetailKind: merged.paymentDetailKind ?? null,
  });
  const completed = current.status === "awaiting_customer" && missing.length === 0;
  // Out-of-order delivery: an earlier-written message never moves the receipt time later.
  const receivedAt = opts.receivedAt < current.receivedAt ? opts.receivedAt : current.receivedAt;
  const { paymentDetailValue, ...columns } = merged;
  const next = {
    ...columns,
    missing,
    receivedAt,
    status: completed ? ("to_review" as const) : current.status,
    completedAt: completed ? opts.receivedAt : current.completedAt,
  };
  const [orderFacts, calendar] = await Promise.all([
    loadOrderFacts(tx, order),
    opts.calendar ?? getCalendar(tx),
  ]);
  const evaluation = computeEvaluation({
    request: { ...current, ...next },
    customer,
    order,
    orderFacts,
    calendar,
    now,
  });
  await tx
    .update(refundRequests)
    .set({
      ...next,
      ...(paymentDetailValue ? { paymentDetailSealed: sealPaymentDetail(paymentDetailValue) } : {}),
      ...evaluation.recommendation,
      searchText: searchVector(opts.searchText, refundRequests.searchText),
      version: sql`${refundRequests.version} + 1`,
    })
    .where(eq(refundRequests.id, opts.requestId))
    .prepare("update_request_from_reply")
    .execute();
  const [evaluationId, discardedReplies] = await Promise.all([
    insertEvaluation(tx, opts.requestId, evaluation),
    completed ? discardMissingInfoReplies(tx, opts.requestId) : Promise.resolve([]),
    opts.emailLinked
      ? undefined
      : tx
          .update(inboundEmails)
          .set({ requestId: opts.requestId })
          .where(eq(inboundEmails.id, opts.emailId)),
  ]);
  // Last in the transaction: the audit lock is held until commit, so the shorter the tail the better.
  await recordAudit(tx, {
    actorId: null,
    action: completed ? "request.completed_by_reply" : "request.reply_received",
    entityType: "request",
    entityId: opts.requestId,
    data: {
      emailId: opts.emailId,
      missingBefore: current.missing,
      missingAfter: missing,
      ...(discardedReplies.length > 0 ? { discardedReplies } : {}),
    },
  });
  return { completed, evaluationId, result: evaluation.result, discardedReplies };
}
