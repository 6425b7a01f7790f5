import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";

/**
 * N requests ready to be decided, inserted in bulk (the pipeline's cost is
 * bench:ingest's business): one customer, card payment and rented order per
 * request, the recommendation already on the request. Every third is a
 * direct refund to the card (recommended direct); the rest go to the balance.
 */
export async function insertDecidableRequests(db: Db, n: number): Promise<void> {
  await db.execute(sql`
    WITH c AS (
      INSERT INTO customers (account_ref, email, name, currency)
      SELECT 'ACC-' || (500000 + g), 'bench-' || g || '@example.com', 'Bench Customer ' || g, 'USD'
      FROM generate_series(1, ${n}) g RETURNING id, account_ref
    ), pm AS (
      INSERT INTO payment_methods (customer_id, type, label, supports_refund)
      SELECT id, 'card', 'Visa •••• 4242', true FROM c RETURNING id, customer_id
    )
    INSERT INTO orders (ref, customer_id, payment_method_id, kind, service_name, paid_minor, currency,
                        period_start, period_end, payment_ref)
    SELECT 'ORD-' || (900000000 + row_number() OVER ()), pm.customer_id, pm.id, 'rented_number', 'Bench rented number',
           3000, 'USD', now() - interval '10 days', now() + interval '20 days', 'ch_bench_' || pm.id
    FROM pm`);
  await db.execute(sql`
    INSERT INTO refund_requests (ref, customer_id, order_id, status, from_address, subject, claim, received_at,
                                 completed_at, rec_outcome, rec_amount_minor, rec_destination, rec_clauses, customer_matched)
    SELECT 'RR-2026-' || lpad((900000 + row_number() OVER (ORDER BY o.ref))::text, 7, '0'), o.customer_id, o.id, 'to_review',
           c.email, 'Refund ' || o.ref, 'number_not_working', now(), now(), 'approve', 300,
           CASE WHEN row_number() OVER (ORDER BY o.ref) % 3 = 0 THEN 'direct'::destination ELSE 'balance'::destination END,
           CASE WHEN row_number() OVER (ORDER BY o.ref) % 3 = 0 THEN ARRAY['VN-DIRECT-PROVIDER-FAULT'] ELSE ARRAY['VN-BAL-OUTAGE-24H'] END,
           true
    FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.ref LIKE 'ORD-9%'`);
}
