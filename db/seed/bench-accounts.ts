import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { makeFakers, makePhone, type Market } from "./make-people";

export type BenchOrder = {
  customerId: string;
  orderId: string;
  orderRef: string;
  email: string;
  name: string;
  currency: string;
  phone: string;
  paidMinor: number;
};

const MARKETS: Market[] = ["us", "ru", "gb", "de", "ru"];
const PRICE: Record<string, number> = { USD: 1500, GBP: 1100, EUR: 1490, RUB: 89000 };
const DAY = 86_400_000;
// Their own ranges, clear of the demo's ACC-1xxxx/2xxxx and ORD-1xxxxx/4xxxxx.
const FIRST_ACCOUNT = 60_000;
const FIRST_ORDER = 700_000;

/**
 * Accounts with one rented number each for benchmark requests to spread
 * over. Idempotent: existing ones are kept (ON CONFLICT DO NOTHING), so a
 * second run reuses them.
 */
export async function ensureBenchAccounts(
  tx: Tx,
  opts: { count: number; now: Date; seed: number },
): Promise<BenchOrder[]> {
  const fakers = makeFakers(opts.seed + 11);
  const people = Array.from({ length: opts.count }, (_, i) => {
    const market = MARKETS[i % MARKETS.length]!;
    const f = fakers[market];
    const currency = { us: "USD", gb: "GBP", de: "EUR", ru: "RUB" }[market];
    const domain = f.helpers.arrayElement(
      market === "ru"
        ? ["mail.ru", "yandex.ru", "bk.ru"]
        : ["gmail.com", "outlook.com", "yahoo.com"],
    );
    const start = new Date(opts.now.getTime() - f.number.int({ min: 1, max: 29 }) * DAY);
    return {
      account_ref: `ACC-${FIRST_ACCOUNT + i}`,
      email: `${f.internet
        .username()
        .toLowerCase()
        .replace(/[^a-z0-9._-]/g, "")}.${i}@${domain}`,
      name: f.person.fullName(),
      currency,
      order_ref: `ORD-${FIRST_ORDER + i}`,
      phone: makePhone(f, market).phone,
      paid_minor: PRICE[currency],
      period_start: start.toISOString(),
      period_end: new Date(start.getTime() + 30 * DAY).toISOString(),
    };
  });
  const json = JSON.stringify(people);
  await tx.execute(sql`
    INSERT INTO customers (account_ref, email, name, currency)
    SELECT account_ref, email, name, currency FROM jsonb_to_recordset(${json}::jsonb)
      AS p(account_ref text, email text, name text, currency text)
    ON CONFLICT DO NOTHING`);
  await tx.execute(sql`
    INSERT INTO orders (ref, customer_id, kind, service_name, phone_number, paid_minor, currency, period_start, period_end, created_at)
    SELECT p.order_ref, c.id, 'rented_number', 'Rented number', p.phone, p.paid_minor, p.currency, p.period_start, p.period_end, p.period_start
    FROM jsonb_to_recordset(${json}::jsonb)
      AS p(account_ref text, order_ref text, phone text, paid_minor bigint, currency text, period_start timestamptz, period_end timestamptz)
    JOIN customers c ON c.account_ref = p.account_ref
    ON CONFLICT DO NOTHING`);
  const rows = await tx.execute<{
    customer_id: string;
    order_id: string;
    order_ref: string;
    email: string;
    name: string;
    currency: string;
    phone: string;
    paid_minor: string;
  }>(sql`
    SELECT c.id AS customer_id, o.id AS order_id, o.ref AS order_ref, c.email, c.name, o.currency, o.phone_number AS phone, o.paid_minor::text
    FROM orders o JOIN customers c ON c.id = o.customer_id
    WHERE o.ref >= ${`ORD-${FIRST_ORDER}`} AND o.ref < ${`ORD-${FIRST_ORDER + opts.count}`}
    ORDER BY o.ref`);
  return rows.map((r) => ({
    customerId: r.customer_id,
    orderId: r.order_id,
    orderRef: r.order_ref,
    email: r.email,
    name: r.name,
    currency: r.currency,
    phone: r.phone,
    paidMinor: Number(r.paid_minor),
  }));
}
