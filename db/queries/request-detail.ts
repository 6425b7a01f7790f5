import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { assignableStaff } from "./users";
import {
  auditLog,
  customers,
  decisions,
  emailAttachments,
  inboundEmails,
  numberOutages,
  orders,
  orderStatusEvents,
  outboundEmails,
  paymentMethods,
  payouts,
  policyEvaluations,
  refundRequests,
  smsMessages,
  users,
} from "../schema";

/** Everything the request page shows, in parallel reads. Null when the request does not exist. */
export async function getRequestDetail(db: Db, id: string) {
  const [request] = await db
    .select()
    .from(refundRequests)
    .where(eq(refundRequests.id, id))
    .limit(1);
  if (!request) return null;
  const [
    customer,
    order,
    inbound,
    outbound,
    decisionRows,
    evaluation,
    payoutRows,
    audit,
    assignee,
    staff,
  ] = await Promise.all([
    request.customerId
      ? db
          .select()
          .from(customers)
          .where(eq(customers.id, request.customerId))
          .then((r) => r[0] ?? null)
      : null,
    request.orderId
      ? db
          .select()
          .from(orders)
          .where(eq(orders.id, request.orderId))
          .then((r) => r[0] ?? null)
      : null,
    db
      .select({
        id: inboundEmails.id,
        channel: inboundEmails.channel,
        messageId: inboundEmails.messageId,
        fromAddress: inboundEmails.fromAddress,
        fromName: inboundEmails.fromName,
        subject: inboundEmails.subject,
        receivedAt: inboundEmails.receivedAt,
        bodyText: inboundEmails.bodyText,
        hasHtml: inboundEmails.bodyHtml,
        extraction: inboundEmails.extraction,
        state: inboundEmails.state,
        sizeBytes: inboundEmails.sizeBytes,
      })
      .from(inboundEmails)
      .where(eq(inboundEmails.requestId, id))
      .orderBy(asc(inboundEmails.receivedAt)),
    db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.requestId, id))
      .orderBy(asc(outboundEmails.createdAt)),
    db
      .select({ d: decisions, by: users.name })
      .from(decisions)
      .innerJoin(users, eq(users.id, decisions.decidedBy))
      .where(eq(decisions.requestId, id))
      .orderBy(desc(decisions.createdAt)),
    db
      .select()
      .from(policyEvaluations)
      .where(eq(policyEvaluations.requestId, id))
      .orderBy(desc(policyEvaluations.evaluatedAt))
      .limit(1)
      .then((r) => r[0] ?? null),
    db.select().from(payouts).where(eq(payouts.requestId, id)).orderBy(desc(payouts.createdAt)),
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        data: auditLog.data,
        by: users.name,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, "request"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id))
      .limit(50),
    request.assigneeId
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(eq(users.id, request.assigneeId))
          .then((r) => r[0] ?? null)
      : null,
    assignableStaff(db),
  ]);
  const emailIds = inbound.map((e) => e.id);
  const [attachments, outages, sms, paymentMethod, customerOrders, statusHistory] =
    await Promise.all([
      emailIds.length
        ? db
            .select({
              id: emailAttachments.id,
              emailId: emailAttachments.emailId,
              filename: emailAttachments.filename,
              contentType: emailAttachments.contentType,
              sizeBytes: emailAttachments.sizeBytes,
            })
            .from(emailAttachments)
            .where(inArray(emailAttachments.emailId, emailIds))
        : [],
      order
        ? db
            .select()
            .from(numberOutages)
            .where(eq(numberOutages.orderId, order.id))
            .orderBy(asc(numberOutages.reportedAt))
        : [],
      order
        ? db
            .select()
            .from(smsMessages)
            .where(eq(smsMessages.orderId, order.id))
            .orderBy(asc(smsMessages.receivedAt))
            .limit(100)
        : [],
      order?.paymentMethodId
        ? db
            .select()
            .from(paymentMethods)
            .where(eq(paymentMethods.id, order.paymentMethodId))
            .then((r) => r[0] ?? null)
        : null,
      customer
        ? db
            .select({
              id: orders.id,
              ref: orders.ref,
              kind: orders.kind,
              serviceName: orders.serviceName,
              phoneNumber: orders.phoneNumber,
              periodStart: orders.periodStart,
            })
            .from(orders)
            .where(eq(orders.customerId, customer.id))
            .orderBy(desc(orders.periodStart))
            .limit(50)
        : [],
      order
        ? db
            .select()
            .from(orderStatusEvents)
            .where(eq(orderStatusEvents.orderId, order.id))
            .orderBy(
              asc(orderStatusEvents.at),
              sql`${orderStatusEvents.status} <> 'active'`,
              asc(orderStatusEvents.seq),
            )
        : [],
    ]);
  return {
    request,
    customer,
    order,
    paymentMethod,
    outages,
    sms,
    statusHistory,
    customerOrders,
    inbound,
    attachments,
    outbound,
    decisions: decisionRows.map((r) => ({ ...r.d, decidedByName: r.by })),
    evaluation,
    payouts: payoutRows,
    audit,
    assignee,
    staff,
  };
}
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestDetail>>>;
