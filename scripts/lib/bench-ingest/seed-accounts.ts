import type { Db } from "../../../db/client";
import { customers, orders } from "../../../db/schema";
import { FIRST, LAST } from "./email-text";

export type Account = {
  email: string;
  name: string;
  orders: Array<{ ref: string; phone: string }>;
};

/** Customers in the bench database; each has two orders. */
export const CUSTOMERS = 500;

export function phoneOf(i: number): string {
  return `+4479${String(10_000_000 + i).slice(-8)}`;
}

/** The customers and orders the emails refer to (70 % of new requests come from them). */
export async function seedAccounts(db: Db): Promise<Account[]> {
  const accounts: Account[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    accounts.push({
      email: `customer${i}@example.com`,
      name,
      orders: [0, 1].map((k) => ({ ref: `ORD-${300000 + i * 2 + k}`, phone: phoneOf(i * 2 + k) })),
    });
  }
  const rows = await db
    .insert(customers)
    .values(
      accounts.map((a, i) => ({
        accountRef: `ACC-${50000 + i}`,
        email: a.email,
        name: a.name,
        currency: "USD",
      })),
    )
    .returning({ id: customers.id });
  await db.insert(orders).values(
    accounts.flatMap((a, i) =>
      a.orders.map((o, k) => ({
        ref: o.ref,
        customerId: rows[i]!.id,
        kind: k === 0 ? ("rented_number" as const) : ("disposable_number" as const),
        serviceName: "Rented number",
        phoneNumber: o.phone,
        paidMinor: 1999,
        currency: "USD",
        periodStart: new Date("2026-02-15T00:00:00Z"),
        periodEnd: new Date("2026-03-15T00:00:00Z"),
      })),
    ),
  );
  return accounts;
}
