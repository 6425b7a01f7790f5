import type { Db } from "@/db/client";
import { customers, orders, type Customer, type Order } from "@/db/schema";

let n = 0;

/** A customer row of our own (tests do not depend on the demo seed). */
export async function insertCustomer(
  db: Db,
  o: { email: string; name?: string; accountRef?: string; currency?: string },
): Promise<Customer> {
  n++;
  const [row] = await db
    .insert(customers)
    .values({
      accountRef: o.accountRef ?? `ACC-${String(90000 + n)}`,
      email: o.email,
      name: o.name ?? "Test Customer",
      currency: o.currency ?? "USD",
    })
    .returning();
  return row!;
}

export async function insertOrder(
  db: Db,
  o: {
    customerId: string;
    ref: string;
    phoneNumber?: string | null;
    kind?: Order["kind"];
    paidMinor?: number;
    periodStart?: Date;
    periodEnd?: Date;
  },
): Promise<Order> {
  const [row] = await db
    .insert(orders)
    .values({
      ref: o.ref,
      customerId: o.customerId,
      kind: o.kind ?? "rented_number",
      serviceName: "Rented number",
      phoneNumber: o.phoneNumber ?? null,
      paidMinor: o.paidMinor ?? 1250,
      currency: "USD",
      periodStart: o.periodStart ?? new Date("2026-02-20T00:00:00Z"),
      periodEnd: o.periodEnd ?? new Date("2026-03-20T00:00:00Z"),
    })
    .returning();
  return row!;
}
