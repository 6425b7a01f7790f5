import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { preparedPer } from "@/db/prepared";
import { customers, orders, type Customer, type Order } from "@/db/schema";
import type { Claim } from "@/lib/policy/vocabulary";

export type MatchHints = {
  fromAddress: string | null;
  accountRef: string | null;
  phoneNumbers: string[];
  orderRefs: string[];
  claim: Claim | null;
};

export type AccountMatch = { customer: Customer | null; order: Order | null; matchedBy: string[] };

const DISPOSABLE_CLAIMS: Claim[] = ["sms_not_received"];

const customerWhere = (name: string, where: (p: typeof customers) => SQL | undefined) =>
  preparedPer((db) => db.select().from(customers).where(where(customers)).limit(1).prepare(name));
const customerByAddress = customerWhere("customer_by_address", (c) =>
  eq(sql`lower(${c.email})`, sql.placeholder("address")),
);
const customerByAccountRef = customerWhere("customer_by_account_ref", (c) =>
  eq(c.accountRef, sql.placeholder("accountRef")),
);
const customerById = customerWhere("customer_by_id", (c) => eq(c.id, sql.placeholder("id")));

const ordersByRef = preparedPer((db) =>
  db
    .select()
    .from(orders)
    .where(sql`${orders.ref} = ANY(${sql.placeholder("refs")}::text[])`)
    .prepare("orders_by_ref"),
);
/** The most recent orders matching, newest first. */
const recentOrders = (name: string, limit: number, where: SQL) =>
  preparedPer((db) =>
    db
      .select()
      .from(orders)
      .where(where)
      .orderBy(desc(orders.periodStart))
      .limit(limit)
      .prepare(name),
  );
const ordersByPhone = recentOrders(
  "orders_by_phone",
  1,
  sql`${orders.phoneNumber} = ANY(${sql.placeholder("phones")}::text[])`,
);
const customerOrdersByPhone = recentOrders(
  "customer_orders_by_phone",
  1,
  and(
    sql`${orders.phoneNumber} = ANY(${sql.placeholder("phones")}::text[])`,
    eq(orders.customerId, sql.placeholder("customerId")),
  )!,
);
const customerOrdersOfKind = recentOrders(
  "customer_orders_of_kind",
  2,
  and(
    eq(orders.customerId, sql.placeholder("customerId")),
    eq(orders.kind, sql.placeholder("kind")),
  )!,
);
const customerOrders = recentOrders(
  "customer_orders",
  2,
  eq(orders.customerId, sql.placeholder("customerId")),
);

/**
 * Sender address → customer (else the account id or a number quoted in the
 * body); then order ref / phone number → that customer's order (else their
 * most recent order of the kind the claim implies).
 */
export async function matchAccount(db: Tx, hints: MatchHints): Promise<AccountMatch> {
  const first = <T>(rows: T[]) => rows[0] ?? null;
  const matchedBy: string[] = [];
  // Sender lookup and order-reference lookup go out together (one round trip); the order is then
  // narrowed to the matched customer's, as a "WHERE customer_id = …" would.
  const [byAddress, byRef] = await Promise.all([
    hints.fromAddress
      ? customerByAddress(db).execute({ address: hints.fromAddress.toLowerCase() }).then(first)
      : null,
    hints.orderRefs.length > 0 ? ordersByRef(db).execute({ refs: hints.orderRefs }) : [],
  ]);
  let customer: Customer | null = byAddress;
  if (customer) matchedBy.push("sender address");
  if (!customer && hints.accountRef) {
    customer = first(await customerByAccountRef(db).execute({ accountRef: hints.accountRef }));
    if (customer) matchedBy.push("account id");
  }
  let order: Order | null = null;
  if (hints.orderRefs.length > 0) {
    order = byRef.find((o) => !customer || o.customerId === customer.id) ?? null;
    if (order) matchedBy.push("order reference");
  }
  if (!order && hints.phoneNumbers.length > 0) {
    order = first(
      customer
        ? await customerOrdersByPhone(db).execute({
            phones: hints.phoneNumbers,
            customerId: customer.id,
          })
        : await ordersByPhone(db).execute({ phones: hints.phoneNumbers }),
    );
    if (order) matchedBy.push("phone number");
  }
  if (!customer && order) {
    customer = first(await customerById(db).execute({ id: order.customerId }));
    if (customer) matchedBy.push("customer of the order");
  }
  if (customer && !order) {
    const kind =
      hints.claim && DISPOSABLE_CLAIMS.includes(hints.claim) ? "disposable_number" : null;
    const recent = kind
      ? await customerOrdersOfKind(db).execute({ customerId: customer.id, kind })
      : await customerOrders(db).execute({ customerId: customer.id });
    // Guess only when the customer has one candidate: a wrong order is worse than none.
    if (recent.length === 1 && recent[0]) {
      order = recent[0];
      matchedBy.push("only matching order");
    }
  }
  return { customer, order, matchedBy };
}
