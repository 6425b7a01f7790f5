import type { Db } from "@/db/client";
import {
  customers,
  numberOutages,
  orders,
  paymentMethods,
  settings,
  smsMessages,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { importOpeningBalances } from "@/lib/ledger/import-opening-balances";
import { bookAutomaticRefund } from "@/lib/payouts/book-automatic-refunds";
import { buildDemoDataset } from "./build-dataset";
import { DEMO_CALENDAR, DEMO_USERS, EXTRA_DEMO_USERS } from "./demo-users";
import { DEFAULT_SEED } from "./scenarios";

export { DEMO_USERS, EXTRA_DEMO_USERS } from "./demo-users";
export { demoEmails } from "./demo-emails";

export type SeedDemoOptions = {
  /** Every demo time (periods, outages, SMS, emails) is placed relative to this instant. */
  now: Date;
  /** Faker seed; the same seed and `now` give the same rows. */
  seed?: number;
};

export type SeedSummary = {
  users: number;
  customers: number;
  paymentMethods: number;
  orders: number;
  numberOutages: number;
  smsMessages: number;
  settings: number;
};

/**
 * Loads the demo data set into an EMPTY database, in one transaction: users,
 * customers, payment methods, orders, outages, SMS logs and settings. The
 * caller checks emptiness (scripts/db-seed.ts and `npm start` look at the
 * users table); on a non-empty database the fixed references collide and the
 * transaction rolls back. The demo emails are not stored here: feed
 * `demoEmails(now)` through the ingestion pipeline.
 */
export async function seedDemo(db: Db, opts: SeedDemoOptions): Promise<SeedSummary> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const data = buildDemoDataset(opts.now, seed);
  // argon2 is slow on purpose: hash before the transaction opens.
  const people = [...DEMO_USERS, ...EXTRA_DEMO_USERS];
  const userRows = await Promise.all(
    people.map(async (u) => ({
      email: u.email,
      name: u.name,
      role: u.role,
      active: u.active,
      passwordHash: await hashPassword(u.password),
    })),
  );
  const settingRows = [
    { key: "calendar", value: DEMO_CALENDAR },
    // Replies are drafted for a reviewer to check; a manager can switch sending on.
    { key: "auto_send_replies", value: false },
  ];
  await db.transaction(async (tx) => {
    await tx.insert(users).values(userRows);
    await tx.insert(customers).values(data.customers);
    await tx.insert(paymentMethods).values(data.paymentMethods);
    await tx.insert(orders).values(data.orders);
    if (data.outages.length) await tx.insert(numberOutages).values(data.outages);
    if (data.sms.length) await tx.insert(smsMessages).values(data.sms);
    await tx.insert(settings).values(settingRows);
  });
  // Balances and past automatic refunds come from ledger postings, like every later one.
  await importOpeningBalances(db);
  for (const r of data.automaticRefunds) await bookAutomaticRefund(db, r.orderId, r.at);
  return {
    users: userRows.length,
    customers: data.customers.length,
    paymentMethods: data.paymentMethods.length,
    orders: data.orders.length,
    numberOutages: data.outages.length,
    smsMessages: data.sms.length,
    settings: settingRows.length,
  };
}
