import { asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../client";
import {
  customers,
  numberOutages,
  orders,
  paymentMethods,
  refundRequests,
  smsMessages,
  type Customer,
  type Order,
  type RefundRequest,
} from "../../schema";
import type { PolicyRequestFacts } from "../build-policy-case";
import type { OrderFacts } from "../order-facts";

/** The request columns replay reads: the policy's facts, and the recommendation it may replace. */
export type ReplayRequest = PolicyRequestFacts &
  Pick<
    RefundRequest,
    | "id"
    | "ref"
    | "status"
    | "recOutcome"
    | "recAmountMinor"
    | "recDestination"
    | "recClauses"
    | "reviewBy"
  >;

/** Everything evaluateRequest reads about one request, loaded for many at once. */
export type CaseFacts = {
  request: ReplayRequest;
  customer: Customer | null;
  order: Order | null;
  orderFacts: OrderFacts;
};

const requestColumns = {
  id: refundRequests.id,
  ref: refundRequests.ref,
  status: refundRequests.status,
  receivedAt: refundRequests.receivedAt,
  completedAt: refundRequests.completedAt,
  claim: refundRequests.claim,
  directRequested: refundRequests.directRequested,
  amountRequestedMinor: refundRequests.amountRequestedMinor,
  currency: refundRequests.currency,
  missing: refundRequests.missing,
  recOutcome: refundRequests.recOutcome,
  recAmountMinor: refundRequests.recAmountMinor,
  recDestination: refundRequests.recDestination,
  recClauses: refundRequests.recClauses,
  reviewBy: refundRequests.reviewBy,
};

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * The policy facts of many requests in four queries, however many there are (the requests with
 * their customers and orders; the orders' outages, SMS logs and payment methods), in id order.
 * The same facts evaluateRequest reads one request at a time: replay evaluates thousands a
 * second, which per-request queries cannot feed.
 */
export async function loadCaseFacts(db: Tx, requestIds: readonly string[]): Promise<CaseFacts[]> {
  if (requestIds.length === 0) return [];
  const rows = await db
    .select({ request: requestColumns, customer: customers, order: orders })
    .from(refundRequests)
    .leftJoin(customers, eq(customers.id, refundRequests.customerId))
    .leftJoin(orders, eq(orders.id, refundRequests.orderId))
    .where(inArray(refundRequests.id, [...requestIds]))
    .orderBy(asc(refundRequests.id));
  const orderIds = [...new Set(rows.flatMap((r) => (r.order ? [r.order.id] : [])))];
  const methodIds = [...new Set(rows.flatMap((r) => r.order?.paymentMethodId ?? []))];
  const [outages, sms, methods] = orderIds.length
    ? await Promise.all([
        db
          .select()
          .from(numberOutages)
          .where(inArray(numberOutages.orderId, orderIds))
          .orderBy(asc(numberOutages.orderId), asc(numberOutages.reportedAt)),
        db
          .select()
          .from(smsMessages)
          .where(inArray(smsMessages.orderId, orderIds))
          .orderBy(asc(smsMessages.orderId), asc(smsMessages.receivedAt)),
        methodIds.length
          ? db.select().from(paymentMethods).where(inArray(paymentMethods.id, methodIds))
          : Promise.resolve([]),
      ])
    : [[], [], []];
  const outagesOf = groupBy(outages, (o) => o.orderId);
  const smsOf = groupBy(sms, (s) => s.orderId);
  const methodOf = new Map(methods.map((m) => [m.id, m]));
  return rows.map(({ request, customer, order }) => ({
    request,
    customer,
    order,
    orderFacts: order
      ? {
          outages: outagesOf.get(order.id) ?? [],
          sms: smsOf.get(order.id) ?? [],
          paymentMethod: order.paymentMethodId
            ? (methodOf.get(order.paymentMethodId) ?? null)
            : null,
        }
      : { outages: [], sms: [], paymentMethod: null },
  }));
}
