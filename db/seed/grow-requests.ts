import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sealBytes, sealText } from "@/lib/sealing/open-sealed";
import { ensureBenchAccounts } from "./bench-accounts";
import { buildRequestRow, type RequestRow } from "./build-request-row";
import { DEFAULT_SEED } from "./scenarios";

export type GrowRequestsOptions = {
  /** Total refund requests wanted; only the shortfall is added. */
  count: number;
  /** receivedAt falls in the 90 days before this. */
  now: Date;
  seed?: number;
  /** Rows per INSERT; ~2 000 keeps each statement's JSON a few MB. */
  batchSize?: number;
  /** Accounts the new requests are spread over. */
  accounts?: number;
  log?: (line: string) => void;
};

export type GrowRequestsResult = { existing: number; added: number; ms: number };

/**
 * Grows refund_requests (each with its inbound email) to `count` rows for
 * benchmarks. Rows are built in JS and sent as one jsonb parameter per batch;
 * one statement writes both tables, so each batch commits or fails whole and
 * a rerun continues where an interrupted one stopped.
 */
export async function growRequests(db: Db, opts: GrowRequestsOptions): Promise<GrowRequestsResult> {
  const started = Date.now();
  const seed = opts.seed ?? DEFAULT_SEED;
  const batchSize = opts.batchSize ?? 2000;
  const log = opts.log ?? (() => undefined);
  const [{ n: existing } = { n: 0 }] = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM refund_requests`,
  );
  const toAdd = Math.max(0, opts.count - existing);
  if (toAdd === 0) return { existing, added: 0, ms: Date.now() - started };

  const orders = await db.transaction((tx) =>
    ensureBenchAccounts(tx, { count: opts.accounts ?? 2000, now: opts.now, seed }),
  );
  const reviewers = (
    await db.execute<{ id: string }>(
      sql`SELECT id FROM users WHERE active AND role IN ('reviewer', 'manager') ORDER BY email`,
    )
  ).map((u) => u.id);
  const first = await reserveRefNumbers(db, toAdd);

  for (let done = 0; done < toAdd; done += batchSize) {
    const rows: RequestRow[] = [];
    for (let k = done; k < Math.min(toAdd, done + batchSize); k++) {
      rows.push(buildRequestRow({ n: first + k, seed, now: opts.now, orders, reviewers }));
    }
    await insertBatch(db, rows);
    const total = done + rows.length;
    if (total % (batchSize * 10) === 0 || total === toAdd)
      log(`  ${total} / ${toAdd} requests (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  await db.execute(sql`ANALYZE refund_requests`);
  await db.execute(sql`ANALYZE inbound_emails`);
  return { existing, added: toAdd, ms: Date.now() - started };
}

/**
 * Takes a block of numbers from the sequence the app allocates refs from,
 * starting after both the sequence and the highest existing ref, so neither
 * the app nor a later run can collide with them.
 */
async function reserveRefNumbers(db: Db, count: number): Promise<number> {
  const [row] = await db.execute<{ last: string }>(sql`
    SELECT setval('refund_request_ref_seq', GREATEST(
      (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM refund_request_ref_seq),
      (SELECT coalesce(max(substring(ref FROM '[0-9]+$')::bigint), 0) FROM refund_requests)
    ) + ${count})::text AS last`);
  return Number(row!.last) - count + 1;
}

/** The generated emails hold no payment details: their bodies are the same masked; message and body are sealed. */
async function insertBatch(db: Db, rows: RequestRow[]): Promise<void> {
  const json = JSON.stringify(
    rows.map((r) => ({
      ...r,
      raw_sealed: sealBytes(Buffer.from(r.raw, "utf8")).toString("base64"),
      body_sealed: sealText(r.body)!.toString("base64"),
    })),
  );
  await db.execute(sql`
    WITH r AS (
      SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS x(
        ref text, customer_id uuid, order_id uuid, status request_status, from_address text, from_name text, subject text,
        body text, raw text, raw_sealed text, body_sealed text, message_id text, claim claim, amount_minor bigint, currency text, direct boolean, phones text[],
        order_refs text[], language text, missing text[], received_at timestamptz, completed_at timestamptz,
        review_by timestamptz, assignee_id uuid, rec_outcome policy_outcome, rec_amount_minor bigint,
        rec_destination destination, rec_clauses text[], matched boolean)
    ), req AS (
      INSERT INTO refund_requests (ref, customer_id, order_id, status, from_address, subject, service_name, product_kind, claim,
        reason_text, amount_requested_minor, currency, direct_requested, phone_numbers, order_refs, language, missing,
        received_at, completed_at, review_by, assignee_id, rec_outcome, rec_amount_minor, rec_destination, rec_clauses,
        customer_matched, search_text, created_at, updated_at)
      SELECT ref, customer_id, order_id, status, from_address, subject, 'rented number', 'rented_number', claim,
        body, amount_minor, currency, direct, phones, order_refs, language, missing,
        received_at, completed_at, review_by, assignee_id, rec_outcome, rec_amount_minor, rec_destination, rec_clauses,
        matched, to_tsvector('simple', subject || ' ' || from_address || ' ' || ref || ' ' || body), received_at, received_at
      FROM r
      RETURNING id, ref
    )
    INSERT INTO inbound_emails (channel, raw_sealed, size_bytes, sha256, dedupe_key, message_id, from_address, from_name, subject,
      sent_at, received_at, body_text, body_text_sealed, state, request_id, created_at, updated_at)
    SELECT 'seed', decode(r.raw_sealed, 'base64'), octet_length(convert_to(r.raw, 'UTF8')),
      encode(sha256(convert_to(r.raw, 'UTF8')), 'hex'), r.message_id, r.message_id, r.from_address, r.from_name, r.subject,
      r.received_at, r.received_at, r.body, decode(r.body_sealed, 'base64'), 'processed', req.id, r.received_at, r.received_at
    FROM r JOIN req USING (ref)`);
}
