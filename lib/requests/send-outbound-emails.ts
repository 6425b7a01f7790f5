import { and, asc, eq, inArray } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Db } from "@/db/client";
import { outboundEmails } from "@/db/schema";

export type SendOptions = {
  /** smtp(s)://user:pass@host:port; without it messages are captured in the outbox (demo mode). */
  smtpUrl?: string;
  from: string;
  /** Only these messages (e.g. the reply just queued); default: every queued one. */
  ids?: string[];
  limit?: number;
};

/**
 * Sends queued replies with correct threading headers. Each message is
 * claimed by moving it out of "queued" first, so two senders never send one twice.
 */
export async function sendOutboundEmails(
  db: Db,
  opts: SendOptions,
): Promise<{ sent: number; failed: number }> {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  const where = opts.ids?.length
    ? and(eq(outboundEmails.state, "queued"), inArray(outboundEmails.id, opts.ids))
    : eq(outboundEmails.state, "queued");
  const queued = await db
    .select()
    .from(outboundEmails)
    .where(where)
    .orderBy(asc(outboundEmails.createdAt))
    .limit(opts.limit ?? 50);
  let sent = 0;
  let failed = 0;
  for (const m of queued) {
    const claimed = await db
      .update(outboundEmails)
      .set({ state: "sent", sentAt: new Date(), deliveredVia: transport ? "smtp" : "outbox" })
      .where(and(eq(outboundEmails.id, m.id), eq(outboundEmails.state, "queued")))
      .returning({ id: outboundEmails.id });
    if (claimed.length === 0) continue;
    if (!transport) {
      sent++;
      continue;
    }
    try {
      await transport.sendMail({
        from: opts.from,
        to: m.toAddress,
        subject: m.subject,
        text: m.body,
        messageId: `<${m.messageId}>`,
        inReplyTo: m.inReplyTo ? `<${m.inReplyTo}>` : undefined,
        references: m.references.map((r) => `<${r}>`),
        // Marks our own mail, so a copy that comes back to the mailbox is quarantined as a loop.
        headers: { "X-Refund-Desk-Loop": "1" },
      });
      sent++;
    } catch (err) {
      failed++;
      // Back in the queue with the reason: the job tries again every minute, the Outbox shows why it waits.
      await db
        .update(outboundEmails)
        .set({
          state: "queued",
          sentAt: null,
          deliveredVia: null,
          error: err instanceof Error ? err.message.slice(0, 500) : "send failed",
        })
        .where(eq(outboundEmails.id, m.id));
    }
  }
  return { sent, failed };
}
