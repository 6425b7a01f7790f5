import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
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

/**
 * Sender address → customer (else the account id or a number quoted in the
 * body); then order ref / phone number → that customer's order (else their
 * most recent order of the kind the claim implies).
 */
export async function matchAccount(tx: Tx, hints: MatchHints): Promise<AccountMatch> {
  const matchedBy: string[] = [];
  // Sender lookup and order-reference lookup go out together (one round trip); the order is then
  // narrowed to the matched customer's, as a "WHERE customer_id = …" would.
  const [byAddress, byRef] = await Promise.all([
    hints.fromAddress ? tx.select().from(customers).where(sql`lower(${customers.email}) = ${hints.fromAddress.toLowerCase()}`).limit(1) : Promise.resolve([]),
    hints.orderRefs.length > 0 ? tx.select().from(orders).where(inArray(orders.ref, hints.orderRefs)) : Promise.resolve([]),
  ]);
  let customer: Customer | null = byAddress[0] ?? null;
  if (customer) matchedBy.push("sender address");
  if (!customer && hints.accountRef) {
    [customer = null] = await tx.select().from(customers).where(eq(customers.accountRef, hints.accountRef)).limit(1);
    if (customer) matchedBy.push("account id");
  }
  let order: Order | null = null;
  if (hints.orderRefs.length > 0) {
    order = byRef.find((o) => !customer || o.customerId === customer.id) ?? null;
    if (order) matchedBy.push("order reference");
  }
  if (!order && hints.phoneNumbers.length > 0) {
    const where = customer
      ? and(inArray(orders.phoneNumber, hints.phoneNumbers), eq(orders.customerId, customer.id))
      : inArray(orders.phoneNumber, hints.phoneNumbers);
    [order = null] = await tx.select().from(orders).where(where).orderBy(desc(orders.periodStart)).limit(1);
    if (order) matchedBy.push("phone number");
  }
  if (!customer && order) {
    [customer = null] = await tx.select().from(customers).where(eq(customers.id, order.customerId)).limit(1);
    if (customer) matchedBy.push("customer of the order");
  }
  if (customer && !order) {
    const kind = hints.claim && DISPOSABLE_CLAIMS.includes(hints.claim) ? "disposable_number" : null;
    const where = kind ? and(eq(orders.customerId, customer.id), eq(orders.kind, kind)) : eq(orders.customerId, customer.id);
    const recent = await tx.select().from(orders).where(where).orderBy(desc(orders.periodStart)).limit(2);
    // Guess only when the customer has one candidate: a wrong order is worse than none.
    if (recent.length === 1) {
      order = recent[0]!;
      matchedBy.push("only matching order");
    }
  }
  return { customer, order, matchedBy };
}
