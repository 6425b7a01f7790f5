import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outboundEmails, type Customer, type RefundRequest } from "@/db/schema";
import type { RequiredItem } from "@/lib/policy/vocabulary";
import { draftMissingInfoReply } from "./draft-missing-info-reply";

export const newMessageId = () => `${randomUUID()}@refund-desk.local`;

/** Marks outbound_emails rows that are the REQ-INCOMPLETE request for details. */
export const MISSING_INFO_PURPOSE = "missing_info";

/**
 * Queues the REQ-INCOMPLETE reply asking for exactly the missing items, drafted from the
 * rows given; it waits for a reviewer to send it unless "auto_send_replies" is on.
 */
export async function queueMissingInfoReply(
  tx: Tx,
  o: {
    request: Pick<RefundRequest, "id" | "ref" | "subject" | "missing" | "language" | "fromAddress">;
    email: { messageId: string | null; references: string[]; fromName: string | null } | null;
    customer: Pick<Customer, "name"> | null;
    autoSend: boolean;
    now: Date;
  },
): Promise<string> {
  const r = o.request;
  const draft = draftMissingInfoReply({
    ref: r.ref,
    subject: r.subject,
    missing: r.missing as RequiredItem[],
    language: r.language,
    name: o.customer?.name ?? o.email?.fromName ?? null,
  });
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      requestId: r.id,
      state: o.autoSend ? "queued" : "draft",
      purpose: MISSING_INFO_PURPOSE,
      toAddress: r.fromAddress,
      subject: draft.subject,
      body: draft.body,
      messageId: newMessageId(),
      inReplyTo: o.email?.messageId ?? null,
      references: [
        ...(o.email?.references ?? []),
        ...(o.email?.messageId ? [o.email.messageId] : []),
      ],
      createdAt: o.now,
    })
    .returning({ id: outboundEmails.id })
    .prepare("insert_missing_info_reply")
    .execute();
  return row!.id;
}

/**
 * A request that became complete no longer needs its "please send the missing
 * details" reply: every such reply not yet sent (draft, or queued and not
 * claimed by the sender) is discarded. Returns the discarded ids.
 */
export async function discardMissingInfoReplies(tx: Tx, requestId: string): Promise<string[]> {
  const rows = await tx
    .update(outboundEmails)
    .set({ state: "discarded" })
    .where(
      and(
        eq(outboundEmails.requestId, requestId),
        eq(outboundEmails.purpose, MISSING_INFO_PURPOSE),
        inArray(outboundEmails.state, ["draft", "queued"]),
      ),
    )
    .returning({ id: outboundEmails.id });
  return rows.map((r) => r.id);
}
