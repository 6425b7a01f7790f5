import type { Db } from "../../db/client";
import { demoEmails, seedDemo } from "../../db/seed/seed-demo";
import { ingestEmail } from "../../lib/requests/ingest-email";

/**
 * Demo data for a fresh database: accounts, orders, outages, SMS logs and the
 * demo sign-ins; then the demo mailbox goes through the real ingestion
 * pipeline, exactly as customer mail would.
 */
export async function seedFirstStart(db: Db, log: (line: string) => void): Promise<void> {
  const now = new Date();
  const summary = await seedDemo(db, { now });
  log(
    `Demo data loaded: ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
  const outcomes: Record<string, number> = {};
  for (const e of demoEmails(now)) {
    const r = await ingestEmail(db, { raw: e.raw, channel: "seed", receivedAt: e.receivedAt, now });
    const kind = r.outcome?.kind ?? "duplicate";
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  }
  // What every real mailbox also receives: an out-of-office reply and a bounce, which end in quarantine.
  for (const raw of [outOfOffice(now), bounce(now)]) {
    const r = await ingestEmail(db, { raw, channel: "seed", receivedAt: now, now });
    const kind = r.outcome?.kind ?? "duplicate";
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  }
  log(
    `Demo mailbox ingested: ${Object.entries(outcomes)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
}

/** A machine-written message of the kind every mailbox receives (Auto-Submitted), as raw MIME. */
function autoMessage(
  now: Date,
  m: { from: string; subject: string; messageId: string; body: string },
): Buffer {
  return Buffer.from(
    [
      `From: ${m.from}`,
      "To: refunds@refund-desk.test",
      `Subject: ${m.subject}`,
      `Date: ${now.toUTCString()}`,
      `Message-ID: <${m.messageId}>`,
      "Auto-Submitted: auto-replied",
      "Content-Type: text/plain; charset=utf-8",
      "",
      m.body,
      "",
    ].join("\r\n"),
  );
}

const outOfOffice = (now: Date) =>
  autoMessage(now, {
    from: "Paul Martin <paul.martin@example.org>",
    subject: "Automatic reply: Your refund request",
    messageId: "ooo-demo-1@example.org",
    body: "I am out of the office until Monday with limited access to email.",
  });

const bounce = (now: Date) =>
  autoMessage(now, {
    from: "Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    subject: "Undelivered Mail Returned to Sender",
    messageId: "bounce-demo-1@mx.example.net",
    body: "This is the mail system at host mx.example.net. I'm sorry to have to inform you that your message could not be delivered.",
  });
