import { sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import type { Calendar } from "../../../lib/policy";

/** The engine version the bench pretends the grown requests were evaluated with. */
export const BENCH_OLD_ENGINE = "bench-0";

/** The requests db/seed/grow-requests made (their emails' Message-IDs start "bench-"), not the demo's. */
const GROWN = sql`EXISTS (SELECT 1 FROM inbound_emails i WHERE i.request_id = r.id AND i.message_id LIKE 'bench-%')`;

/**
 * Puts the grown requests back to "evaluated by an older engine": their evaluations from earlier
 * bench runs are deleted (the table stays the size of one run) and each open one gets a
 * placeholder evaluation by BENCH_OLD_ENGINE, so policy replay finds every open request stale;
 * half of them (by id) are given a recommendation the engine will not repeat (manual review, no
 * clause), so the replay changes and audits about as many every run, not only the first.
 * As the owner (the bench's own database). Returns how many open requests are stale.
 */
export async function makeGrownRequestsStale(db: Db, calendar: Calendar): Promise<number> {
  await db.execute(sql`
    DELETE FROM policy_evaluations e USING refund_requests r WHERE e.request_id = r.id AND ${GROWN}`);
  await db.execute(sql`
    UPDATE refund_requests r SET rec_outcome = 'manual_review', rec_amount_minor = NULL,
      rec_destination = NULL, rec_clauses = '{}'
    WHERE r.status IN ('to_review', 'awaiting_customer') AND ${GROWN}
      AND get_byte(uuid_send(r.id), 15) % 2 = 0`);
  const rows = await db.execute(sql`
    INSERT INTO policy_evaluations (request_id, evaluated_at, engine_version, calendar, input, result)
    SELECT r.id, r.received_at, ${BENCH_OLD_ENGINE}, ${JSON.stringify(calendar)}::jsonb, '{}'::jsonb, '{}'::jsonb
    FROM refund_requests r
    WHERE r.status IN ('to_review', 'awaiting_customer') AND ${GROWN}
    RETURNING request_id`);
  await db.execute(sql`VACUUM ANALYZE policy_evaluations`);
  return rows.length;
}
