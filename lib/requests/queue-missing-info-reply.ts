import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getBooleanSetting } from "@/db/queries/settings";
import { customers, inboundEmails, outboundEmails, refundRequests, type Customer, type RefundRequest } from "@/db/schema";
import type { RequiredItem } from "@/lib/policy/vocabulary";
import { draftMissingInfoReply } from "./draft-missing-info-reply";

export const newMessageId = () => `${randomUUID()}@refund-desk.local`;

/** Marks outbound_emails rows that are the REQ-INCOMPLETE request for details. */
export const MISSING_INFO_PURPOSE = "missing_info";

export type QueueMissingInfoOptions = {
  requestId: string;
  inReplyToEmailId: string;
  now: Date;
  /** Rows the caller already holds; anything not given is selected. */
  preloaded?: {
    request?: Pick<RefundRequest, "id" | "ref" | "subject" | "missing" | "language" | "fromAddress" | "customerId">;
    email?: { messageId: string | null; references: string[]; fromName: string | null };
    customer?: Pick<Customer, "name"> | null;
    autoSend?: boolean;
  };
};

/**
 * Drafts the REQ-INCOMPLETE reply asking for exactly the missing items; it
 * waits for a reviewer to send it unless "auto_send_replies" is on.
 */
export async function queueMissingInfoReply(tx: Tx, opts: QueueMissingInfoOptions): Promise<string> {
  const pre = opts.preloaded ?? {};
  const r = pre.request ?? (await tx.select().from(refundRequests).where(eq(refundRequests.id, opts.requestId)))[0];
  if (!r) throw new Error(`request ${opts.requestId} not found`);
  const email = pre.email ?? (await tx.select().from(inboundEmails).where(eq(inboundEmails.id, opts.inReplyToEmailId)))[0];
  const customer = pre.customer !== undefined ? pre.customer : r.customerId ? (await tx.select().from(customers).where(eq(customers.id, r.customerId)))[0] : undefined;
  const draft = draftMissingInfoReply({
    ref: r.ref,
    subject: r.subject,
    missing: r.missing as RequiredItem[],
    language: r.language,
    name: customer?.name ?? email?.fromName ?? null,
  });
  const autoSend = pre.autoSend ?? (await getBooleanSetting(tx, "auto_send_replies"));
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      requestId: r.id,
      state: autoSend ? "queued" : "draft",
      purpose: MISSING_INFO_PURPOSE,
      toAddress: r.fromAddress,
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

/**
 * A request that became complete no longer needs its "please send the missing
 * details" reply: every such reply not yet sent (draft, or queued and not
 * claimed by the sender) is discarded. Returns the discarded ids.
 */
export async function discardMissingInfoReplies(tx: Tx, requestId: string): Promise<string[]> {
  const rows = await tx
    .update(outboundEmails)
    .set({ state: "discarded" })
    .where(and(eq(outboundEmails.requestId, requestId), eq(outboundEmails.purpose, MISSING_INFO_PURPOSE), inArray(outboundEmails.state, ["draft", "queued"])))
    .returning({ id: outboundEmails.id });
  return rows.map((r) => r.id);
}
