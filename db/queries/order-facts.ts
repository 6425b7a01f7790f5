import { asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../client";
import { preparedPer } from "../prepared";
import {
  numberOutages,
  paymentMethods,
  smsMessages,
  type NumberOutage,
  type Order,
  type PaymentMethod,
  type SmsMessage,
} from "../schema";

/** What the policy reads about an order besides its own row. */
export type OrderFacts = {
  outages: NumberOutage[];
  sms: SmsMessage[];
  paymentMethod: PaymentMethod | null;
};

const outagesOf = preparedPer((db) =>
  db
    .select()
    .from(numberOutages)
    .where(eq(numberOutages.orderId, sql.placeholder("orderId")))
    .orderBy(asc(numberOutages.reportedAt))
    .prepare("order_outages"),
);

const smsOf = preparedPer((db) =>
  db
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.orderId, sql.placeholder("orderId")))
    .orderBy(asc(smsMessages.receivedAt))
    .prepare("order_sms"),
);

const paymentMethodById = preparedPer((db) =>
  db
    .select()
    .from(paymentMethods)
    .where(eq(paymentMethods.id, sql.placeholder("id")))
    .prepare("payment_method_by_id"),
);

/** An order's outages, SMS log and payment method (three selects sent together). */
export async function loadOrderFacts(db: Tx, order: Order | null): Promise<OrderFacts> {
  if (!order) return { outages: [], sms: [], paymentMethod: null };
  const [outages, sms, [paymentMethod = null]] = await Promise.all([
    outagesOf(db).execute({ orderId: order.id }),
    smsOf(db).execute({ orderId: order.id }),
    order.paymentMethodId
      ? paymentMethodById(db).execute({ id: order.paymentMethodId })
      : Promise.resolve([]),
  ]);
  return { outages, sms, paymentMethod };
}
