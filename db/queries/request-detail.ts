import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, users } from "../schema";
import { findRequestWithLinks } from "./request-with-links";
import { assignableStaff } from "./users";

/** The request's own audit trail, newest first, with who acted. */
function requestAuditTrail(db: Db, id: string) {
  return db
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
    .limit(50);
}

type Found = NonNullable<Awaited<ReturnType<typeof findRequestWithLinks>>>;

function splitCustomer(c: Found["customer"]) {
  if (!c) return { customer: null, customerOrders: [] };
  const { orders, ...customer } = c;
  return { customer, customerOrders: orders };
}

function splitOrder(o: Found["order"]) {
  if (!o) return { order: null, paymentMethod: null, outages: [], sms: [], statusHistory: [] };
  const { paymentMethod, outages, sms, statusEvents, ...order } = o;
  return { order, paymentMethod, outages, sms, statusHistory: statusEvents };
}

/**
 * Everything the request page shows, in three statements: the request with every row it
 * links to (one statement, see findRequestWithLinks), its audit trail (audit entries name
 * their entity without a foreign key), and the staff it can be assigned to. Null when the
 * request does not exist.
 */
export async function getRequestDetail(db: Db, id: string) {
  const [found, audit, staff] = await Promise.all([
    findRequestWithLinks(db, id),
    requestAuditTrail(db, id),
    assignableStaff(db),
  ]);
  if (!found) return null;
  const {
    customer,
    order,
    assignee,
    inboundEmails,
    outboundEmails,
    decisions,
    evaluations,
    payouts,
    ...request
  } = found;
  return {
    request,
    ...splitCustomer(customer),
    ...splitOrder(order),
    inbound: inboundEmails.map(({ attachments: _attachments, ...email }) => email),
    attachments: inboundEmails.flatMap((e) => e.attachments),
    outbound: outboundEmails,
    decisions: decisions.map(({ decider, ...d }) => ({ ...d, decidedByName: decider.name })),
    evaluation: evaluations[0] ?? null,
    payouts,
    audit,
    assignee: assignee ?? null,
    staff,
  };
}
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestDetail>>>;
