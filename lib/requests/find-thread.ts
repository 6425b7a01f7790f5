import { and, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { inboundEmails, outboundEmails, refundRequests } from "@/db/schema";

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
 */
export async function findThreadRequest(tx: Tx, hints: ThreadHints): Promise<string | null> {
  const ids = [...new Set([hints.inReplyTo, ...hints.references].filter((x): x is string => Boolean(x)))];
  if (ids.length > 0) {
    const [inbound] = await tx
      .select({ requestId: inboundEmails.requestId })
      .from(inboundEmails)
      .where(and(inArray(inboundEmails.messageId, ids), isNotNull(inboundEmails.requestId)))
      .limit(1);
    if (inbound?.requestId) return inbound.requestId;
    const [outbound] = await tx
      .select({ requestId: outboundEmails.requestId })
      .from(outboundEmails)
      .where(inArray(outboundEmails.messageId, ids))
      .limit(1);
    if (outbound) return outbound.requestId;
  }
  if (hints.requestRef) {
    const [byRef] = await tx.select({ id: refundRequests.id }).from(refundRequests).where(eq(refundRequests.ref, hints.requestRef));
    if (byRef) return byRef.id;
  }
  if (hints.messageId) {
    const [earlierReply] = await tx
      .select({ requestId: inboundEmails.requestId })
      .from(inboundEmails)
      .where(
        and(
          isNotNull(inboundEmails.requestId),
          or(eq(inboundEmails.inReplyTo, hints.messageId), sql`${inboundEmails.references} @> ARRAY[${hints.messageId}]::text[]`),
          sql`${inboundEmails.id} <> ${hints.emailId}`,
        ),
      )
      .limit(1);
    if (earlierReply?.requestId) return earlierReply.requestId;
  }
  return null;
}
