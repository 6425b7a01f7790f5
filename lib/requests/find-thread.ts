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
 * One statement: each rule is an indexed branch (inbound_emails.message_id,
 * outbound_emails.message_id, refund_requests.ref, and for the last one
 * inbound_emails.in_reply_to (btree) / "references" (GIN)), the first rule
 * with a hit wins.
 */
export async function findThreadRequest(tx: Tx, hints: ThreadHints): Promise<string | null> {
  await lockThreadIds(tx, hints);
  const query = threadQuery(hints);
  if (!query) return null;
  const rows = await tx.execute<{ request_id: string }>(query);
  return rows[0]?.request_id ?? null;
}

/**
 * A reply and its original processed at the same moment would each see no
 * thread and open two requests. Every message id an email carries is locked
 * (sorted, so two emails never wait on each other in opposite order) until
 * commit; the second email then sees the first's request.
 */
async function lockThreadIds(tx: Tx, hints: ThreadHints): Promise<void> {
  const ids = [...new Set([hints.messageId, hints.inReplyTo, ...hints.references].filter((x): x is string => Boolean(x)))].sort();
  if (ids.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7243002, hashtext(id)) FROM unnest(ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::text[]) WITH ORDINALITY AS t(id, n) ORDER BY n`);
}

/** The one SELECT findThreadRequest sends (null when the email has no hint at all); exported for EXPLAIN in tests. */
export function threadQuery(hints: ThreadHints): SQL | null {
  const ids = [...new Set([hints.inReplyTo, ...hints.references].filter((x): x is string => Boolean(x)))];
  const branches: SQL[] = [];
  if (ids.length > 0) {
    const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
    branches.push(sql`(SELECT request_id, 1 AS rule FROM inbound_emails WHERE message_id IN (${list}) AND request_id IS NOT NULL LIMIT 1)`);
    branches.push(sql`(SELECT request_id, 2 AS rule FROM outbound_emails WHERE message_id IN (${list}) LIMIT 1)`);
  }
  if (hints.requestRef) branches.push(sql`(SELECT id AS request_id, 3 AS rule FROM refund_requests WHERE ref = ${hints.requestRef} LIMIT 1)`);
  if (hints.messageId) {
    branches.push(sql`(SELECT request_id, 4 AS rule FROM inbound_emails
      WHERE request_id IS NOT NULL AND (in_reply_to = ${hints.messageId} OR "references" @> ARRAY[${hints.messageId}]::text[]) AND id <> ${hints.emailId}
      LIMIT 1)`);
  }
  if (branches.length === 0) return null;
  return sql`SELECT request_id FROM (${sql.join(branches, sql` UNION ALL `)}) AS hits ORDER BY rule LIMIT 1`;
}
