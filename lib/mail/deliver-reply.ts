import nodemailer from "nodemailer";
import type { OutboundEmail } from "@/db/schema";

// Bounds on one sendMail, so a claim's lease (120 s) outlasts any attempt.
const TRANSPORT_TIMEOUTS = {
  connectionTimeout: 15_000,
  greetingTimeout: 15_000,
  socketTimeout: 45_000,
};

/** One SMTP delivery of a reply with its threading headers; throws nodemailer's error. */
export async function deliverReply(
  smtpUrl: string,
  from: string,
  m: Pick<
    OutboundEmail,
    "toAddress" | "subject" | "body" | "messageId" | "inReplyTo" | "references"
  >,
): Promise<void> {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...TRANSPORT_TIMEOUTS });
  try {
    await transport.sendMail({
      from,
      to: m.toAddress,
      subject: m.subject,
      text: m.body,
      messageId: `<${m.messageId}>`,
      inReplyTo: m.inReplyTo ? `<${m.inReplyTo}>` : undefined,
      references: m.references.map((r) => `<${r}>`),
      // Marks our own mail, so a copy that comes back to the mailbox is quarantined as a loop.
      headers: { "X-Refund-Desk-Loop": "1" },
    });
  } finally {
    transport.close();
  }
}
