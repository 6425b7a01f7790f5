import { desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { inboundEmails, outboundEmails, type RefundRequest } from "@/db/schema";
import { newMessageId } from "@/lib/requests/queue-missing-info-reply";

/** Marks outbound_emails rows that tell the customer a decision (or a change of its money). */
export const DECISION_PURPOSE = "decision";

/**
 * Inserts a reply on the request's thread (In-Reply-To and References from
 * the newest inbound message): queued to go out, or a draft a person sends.
 */
export async function insertDecisionReply(
  tx: Tx,
  o: {
    request: Pick<RefundRequest, "id" | "fromAddress">;
    subject: string;
    body: string;
    state: "queued" | "draft";
    createdBy: string | null;
    now: Date;
  },
): Promise<string> {
  const [lastIn] = await tx
    .select({ messageId: inboundEmails.messageId, references: inboundEmails.references })
    .from(inboundEmails)
    .where(eq(inboundEmails.requestId, o.request.id))
    .orderBy(desc(inboundEmails.receivedAt))
    .limit(1);
  const [reply] = await tx
    .insert(outboundEmails)
    .values({
      requestId: o.request.id,
      state: o.state,
      purpose: DECISION_PURPOSE,
      toAddress: o.request.fromAddress,
      subject: o.subject,
      body: o.body,
      messageId: newMessageId(),
      inReplyTo: lastIn?.messageId ?? null,
      references: [...(lastIn?.references ?? []), ...(lastIn?.messageId ? [lastIn.messageId] : [])],
      createdBy: o.createdBy,
      createdAt: o.now,
    })
    .returning({ id: outboundEmails.id });
  return reply!.id;
}
