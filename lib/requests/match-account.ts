import type { Tx } from "@/db/client";
import { customers, orders, type Customer, type Order } from "@/db/schema";
import { clientOf, run, selectList } from "@/db/statements";
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
const CUSTOMER_COLUMNS = selectList(customers);
const ORDER_COLUMNS = selectList(orders);

/**
 * Sender address → customer (else the account id or a number quoted in the
 * body); then order ref / phone number → that customer's order (else their
 * most recent order of the kind the claim implies).
 */
export async function matchAccount(tx: Tx, hints: MatchHints): Promise<AccountMatch> {
  const client = clientOf(tx);
  const customerWhere = (where: string, params: unknown[]) =>
    run<Customer>(
      client,
      customers,
      `SELECT ${CUSTOMER_COLUMNS} FROM customers WHERE ${where} LIMIT 1`,
      params,
    ).then((r) => r[0] ?? null);
  const ordersWhere = (where: string, params: unknown[], limit = "") =>
    run<Order>(
      client,
      orders,
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE ${where}${limit}`,
      params,
    );
  const matchedBy: string[] = [];
  // Sender lookup and order-reference lookup go out together (one round trip); the order is then
  // narrowed to the matched customer's, as a "WHERE customer_id = …" would.
  const [byAddress, byRef] = await Promise.all([
    hints.fromAddress
      ? customerWhere("lower(email) = $1", [hints.fromAddress.toLowerCase()])
      : null,
    hints.orderRefs.length > 0 ? ordersWhere("ref = ANY($1::text[])", [hints.orderRefs]) : [],
  ]);
  let customer: Customer | null = byAddress;
  if (customer) matchedBy.push("sender address");
  if (!customer && hints.accountRef) {
    customer = await customerWhere("account_ref = $1", [hints.accountRef]);
    if (customer) matchedBy.push("account id");
  }
  let order: Order | null = null;
  if (hints.orderRefs.length > 0) {
    order = byRef.find((o) => !customer || o.customerId === customer.id) ?? null;
    if (order) matchedBy.push("order reference");
  }
  if (!order && hints.phoneNumbers.length > 0) {
    [order = null] = customer
      ? await ordersWhere(
          "phone_number = ANY($1::text[]) AND customer_id = $2",
          [hints.phoneNumbers, customer.id],
          " ORDER BY period_start DESC LIMIT 1",
        )
      : await ordersWhere(
          "phone_number = ANY($1::text[])",
          [hints.phoneNumbers],
          " ORDER BY period_start DESC LIMIT 1",
        );
    if (order) matchedBy.push("phone number");
  }
  if (!customer && order) {
    customer = await customerWhere("id = $1", [order.customerId]);
    if (customer) matchedBy.push("customer of the order");
  }
  if (customer && !order) {
    const kind =
      hints.claim && DISPOSABLE_CLAIMS.includes(hints.claim) ? "disposable_number" : null;
    const recent = kind
      ? await ordersWhere(
          "customer_id = $1 AND kind = $2",
          [customer.id, kind],
          " ORDER BY period_start DESC LIMIT 2",
        )
      : await ordersWhere("customer_id = $1", [customer.id], " ORDER BY period_start DESC LIMIT 2");
    // Guess only when the customer has one candidate: a wrong order is worse than none.
    if (recent.length === 1 && recent[0]) {
      order = recent[0];
      matchedBy.push("only matching order");
    }
  }
  return { customer, order, matchedBy };
}
