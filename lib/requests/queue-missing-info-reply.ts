import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getBooleanSetting } from "@/db/queries/settings";
import { customers, inboundEmails, outboundEmails, refundRequests } from "@/db/schema";
import type { RequiredItem } from "@/lib/policy/vocabulary";
import { draftMissingInfoReply } from "./draft-missing-info-reply";

export const newMessageId = () => `${randomUUID()}@refund-desk.local`;

/**
 * Drafts the REQ-INCOMPLETE reply asking for exactly the missing items; it
 * waits for a reviewer to send it unless "auto_send_replies" is on.
 */
export async function queueMissingInfoReply(tx: Tx, opts: { requestId: string; inReplyToEmailId: string; now: Date }): Promise<string> {
  const [r] = await tx.select().from(refundRequests).where(eq(refundRequests.id, opts.requestId));
  const [email] = await tx.select().from(inboundEmails).where(eq(inboundEmails.id, opts.inReplyToEmailId));
  const [customer] = r!.customerId ? await tx.select().from(customers).where(eq(customers.id, r!.customerId)) : [];
  const draft = draftMissingInfoReply({
    ref: r!.ref,
    subject: r!.subject,
    missing: r!.missing as RequiredItem[],
    language: r!.language,
    name: customer?.name ?? email?.fromName ?? null,
  });
  const autoSend = await getBooleanSetting(tx, "auto_send_replies");
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      requestId: r!.id,
      state: autoSend ? "queued" : "draft",
      toAddress: r!.fromAddress,
      subject: draft.subject,
      body: draft.body,
      messageId: newMessageId(),
      inReplyTo: email?.messageId ?? null,
      references: [...(email?.references ?? []), ...(email?.messageId ? [email.messageId] : [])],
      createdAt: opts.now,
    })
    .returning({ id: outboundEmails.id });
  return row!.id;
}
