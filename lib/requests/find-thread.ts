import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";

export type ThreadHints = {
  /** This message's own id: an earlier-arrived reply may already point at it. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** RR-YYYY-NNNNNN quoted in the subject or body. */
  requestRef: string | null;
  /** The email's own row, excluded from the search. */
  emailId: string;
};

/**
 * The request this email belongs to, if any: by In-Reply-To / References to
 * one of our inbound or outbound messages, then by the request reference, then
 * (replies that arrived first) by a stored reply that quotes this message's id.
 *
 * The thread-id lock and the lookup go out together (pipelined: one round
 * trip); the lookup runs after the lock is granted, so it sees what the lock
 * holder committed.
 */
export async function findThreadRequest(tx: Tx, hints: ThreadHints): Promise<string | null> {
  const ids = lockIds(hints);
  const query = threadQuery(hints);
  const [, rows] = await Promise.all([
    ids.length > 0 ? lockThreadIds(tx, ids) : undefined,
    // Planned for its own values each time (drizzle's execute sends an unnamed statement): a
    // cached generic plan cannot see that a message id matches almost nothing and may prefer
    // scanning inbound_emails.
    query ? tx.execute<{ request_id: string | null }>(query) : undefined,
  ]);
  return rows?.[0]?.request_id ?? null;
}

/**
 * A reply and its original processed at the same moment would each see no
 * thread and open two requests. Every message id an email carries is locked
 * (sorted, so two emails never wait on each other in opposite order) until
 * commit; the second email then sees the first's request.
 */
function lockThreadIds(tx: Tx, ids: string[]) {
  return tx
    .select({ locked: sql`pg_advisory_xact_lock(7243002, hashtext(t.id))` })
    .from(sql`unnest(${sql.placeholder("ids")}::text[]) WITH ORDINALITY AS t(id, n)`)
    .orderBy(sql`t.n`)
    .prepare("lock_thread_ids")
    .execute({ ids });
}

function lockIds(hints: ThreadHints): string[] {
  return [
    ...new Set(
      [hints.messageId, hints.inReplyTo, ...hints.references].filter((x): x is string =>
        Boolean(x),
      ),
    ),
  ].sort();
}

/**
 * The one SELECT findThreadRequest sends (null when the email has no hint at
 * all); exported for EXPLAIN in tests. Each rule
 * is an indexed branch (inbound_emails.message_id, outbound_emails.message_id,
 * refund_requests.ref, and for the last one inbound_emails.in_reply_to (btree)
 * / "references" (GIN)); the first rule with a hit wins. The branches carry
 * no LIMIT of their own: with one, a table whose statistics are not yet
 * fresh looks cheaper to scan until the first hit than to search by index,
 * and a message that matches nothing (most of them) would scan it all. For
 * the same reason the first hit is picked by an aggregate, not ORDER BY …
 * LIMIT 1 (with one branch the sort is dropped and the LIMIT reaches it).
 */
export function threadQuery(hints: ThreadHints): SQL | null {
  const ids = [
    ...new Set([hints.inReplyTo, ...hints.references].filter((x): x is string => Boolean(x))),
  ];
  const branches: SQL[] = [];
  if (ids.length > 0) {
    const list = sql`${sql.param(ids)}::text[]`;
    branches.push(
      sql`(SELECT request_id, 1 AS rule FROM inbound_emails WHERE message_id = ANY(${list}) AND request_id IS NOT NULL)`,
    );
    branches.push(
      sql`(SELECT request_id, 2 AS rule FROM outbound_emails WHERE message_id = ANY(${list}))`,
    );
  }
  if (hints.requestRef)
    branches.push(
      sql`(SELECT id AS request_id, 3 AS rule FROM refund_requests WHERE ref = ${hints.requestRef})`,
    );
  if (hints.messageId) {
    const own = hints.messageId;
    branches.push(sql`(SELECT request_id, 4 AS rule FROM inbound_emails
      WHERE request_id IS NOT NULL AND (in_reply_to = ${own} OR "references" @> ARRAY[${own}]::text[]) AND id <> ${hints.emailId}::uuid)`);
  }
  if (branches.length === 0) return null;
  return sql`SELECT (array_agg(request_id ORDER BY rule))[1] AS request_id FROM (${sql.join(branches, sql` UNION ALL `)}) AS hits`;
}
