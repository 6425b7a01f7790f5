import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { inboundEmails, refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { setSearchText } from "./create-request-from-email";
import { mergeFields, missingItems, type RequestFields } from "./request-fields";
import { sealPaymentDetail } from "./seal-payment-detail";

export type AttachReplyOptions = {
  requestId: string;
  emailId: string;
  fields: RequestFields;
  receivedAt: Date;
  searchText: string;
};

/**
 * A customer's reply joins its request and fills what was missing. When it
 * completes the request, the request moves from "awaiting customer" to the
 * review queue and the 2-working-day clock starts at this reply (REQ-INCOMPLETE).
 */
export async function attachReplyToRequest(tx: Tx, opts: AttachReplyOptions): Promise<{ completed: boolean }> {
  const [current] = await tx.select().from(refundRequests).where(eq(refundRequests.id, opts.requestId)).for("update").limit(1);
  if (!current) throw new Error(`request ${opts.requestId} not found`);
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
  await tx
    .update(refundRequests)
    .set({
      ...columns,
      ...(paymentDetailValue ? { paymentDetailSealed: sealPaymentDetail(paymentDetailValue) } : {}),
      missing,
      receivedAt,
      status: completed ? "to_review" : current.status,
      completedAt: completed ? opts.receivedAt : current.completedAt,
      version: sql`${refundRequests.version} + 1`,
    })
    .where(eq(refundRequests.id, opts.requestId));
  await tx.update(inboundEmails).set({ requestId: opts.requestId }).where(eq(inboundEmails.id, opts.emailId));
  await setSearchText(tx, opts.requestId, opts.searchText);
  await recordAudit(tx, {
    actorId: null,
    action: completed ? "request.completed_by_reply" : "request.reply_received",
    entityType: "request",
    entityId: opts.requestId,
    data: { emailId: opts.emailId, missingBefore: current.missing, missingAfter: missing },
  });
  return { completed };
}
