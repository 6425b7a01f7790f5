import { pick, rnd } from "./corpus-random";
import { bodyFor, FIRST, LAST, paymentSentence } from "./email-text";
import type { Account } from "./seed-accounts";

function eml(headers: Record<string, string>, body: string): Buffer {
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  return Buffer.from(
    `${head}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
}

export type BenchEmail = { raw: Buffer; receivedAt: Date };

/** N distinct emails: mostly new requests from known and unknown senders, some replies threading onto earlier ones. */
export function generateEmails(n: number, accounts: Account[]): BenchEmail[] {
  const out: BenchEmail[] = [];
  const start = Date.parse("2026-03-02T08:00:00Z");
  const sent: Array<{ messageId: string; from: string; subject: string }> = [];
  for (let i = 0; i < n; i++) {
    const receivedAt = new Date(start + i * 17_000);
    const date = new Date(receivedAt.getTime() - 5_000).toUTCString();
    const messageId = `bench-${i}-${Math.floor(rnd() * 1e9).toString(36)}@mail.example.com`;
    if (sent.length > 10 && rnd() < 0.12) {
      const parent = sent[Math.floor(rnd() * sent.length)]!;
      const body = `Hi,\n\nfollowing up on my request. ${paymentSentence() || "Any news?"}\n\nThanks`;
      out.push({
        raw: eml(
          {
            From: parent.from,
            To: "refunds@refund-desk.test",
            Subject: `Re: ${parent.subject}`,
            Date: date,
            "Message-ID": `<${messageId}>`,
            "In-Reply-To": `<${parent.messageId}>`,
            References: `<${parent.messageId}>`,
          },
          body,
        ),
        receivedAt,
      });
      continue;
    }
    const known = rnd() < 0.7 ? accounts[Math.floor(rnd() * accounts.length)]! : null;
    const order = known ? pick(known.orders) : null;
    const from = known
      ? `${known.name} <${known.email}>`
      : `${pick(FIRST)} ${pick(LAST)} <user${i}@example.org>`;
    const subject =
      pick([
        "Refund request",
        "Number not working",
        "Please refund",
        "Money back",
        "Problem with my order",
      ]) + ` ${i}`;
    out.push({
      raw: eml(
        {
          From: from,
          To: "Refunds <refunds@refund-desk.test>",
          Subject: subject,
          Date: date,
          "Message-ID": `<${messageId}>`,
        },
        bodyFor(i, known, order),
      ),
      receivedAt,
    });
    sent.push({ messageId, from, subject });
  }
  return out;
}
