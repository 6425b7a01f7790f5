import { createHash } from "node:crypto";
import { buildEmail, formatDate } from "./build-email";
import { allScenarios, DEFAULT_SEED } from "./scenarios";
import type { Currency, Scenario } from "./scenario-types";

export type DemoEmail = {
  /** The message as it would arrive in the refunds mailbox. */
  raw: Buffer;
  receivedAt: Date;
  /** Key of the scenario it belongs to. */
  scenario: string;
};

export const REFUNDS_MAILBOX = "refunds@refund-desk.test";
const HOUR = 3_600_000;
// Where the customer's mail client sits, for the Date header's zone.
const OFFSET: Record<Currency, number> = { USD: -300, GBP: 0, EUR: 60, RUB: 180 };

/**
 * The demo mailbox: one email per scenario plus the follow-ups that complete
 * incomplete requests, oldest first. Not stored by the seed: the ingestion
 * pipeline feeds them through, exactly as it would real mail.
 */
export function demoEmails(now: Date, seed: number = DEFAULT_SEED): DemoEmail[] {
  const out: DemoEmail[] = [];
  for (const s of allScenarios(seed)) {
    const first = messageFor(s, now, seed, s.email.hoursAgo, s.email.subject, s.email.body);
    out.push(first);
    if (!s.reply) continue;
    const firstId = messageId(s, seed, "first");
    const quoted = quote(s, new Date(now.getTime() - s.email.hoursAgo * HOUR));
    const reply = messageFor(
      s,
      now,
      seed,
      s.reply.hoursAgo,
      `Re: ${s.email.subject}`,
      `${s.reply.body}\n\n${quoted}`,
      firstId,
    );
    out.push(reply);
  }
  return out.sort(
    (a, b) =>
      a.receivedAt.getTime() - b.receivedAt.getTime() || a.scenario.localeCompare(b.scenario),
  );
}

function messageFor(
  s: Scenario,
  now: Date,
  seed: number,
  hoursAgo: number,
  subject: string,
  body: string,
  inReplyTo?: string,
): DemoEmail {
  const receivedAt = new Date(now.getTime() - hoursAgo * HOUR);
  const raw = buildEmail({
    from: { name: s.customer.name, address: s.email.from ?? s.customer.email },
    to: REFUNDS_MAILBOX,
    subject,
    // Mail reaches the mailbox a little after the client sends it.
    date: new Date(receivedAt.getTime() - 40_000),
    utcOffsetMinutes: OFFSET[s.customer.currency],
    messageId: messageId(s, seed, inReplyTo ? "reply" : "first"),
    inReplyTo,
    references: inReplyTo ? [inReplyTo] : undefined,
    body,
    encoding: s.email.encoding ?? "8bit",
  });
  return { raw, receivedAt, scenario: s.key };
}

/** Stable per scenario and seed (not per `now`), so feeding the demo twice is deduplicated by Message-ID. */
export function messageId(s: Scenario, seed: number, which: "first" | "reply"): string {
  const hash = createHash("sha256").update(`${seed}:${s.key}:${which}`).digest("hex").slice(0, 24);
  const domain = (s.email.from ?? s.customer.email).split("@")[1] ?? "example.com";
  return `${hash}@${domain}`;
}

function quote(s: Scenario, sentAt: Date): string {
  const when = formatDate(sentAt, OFFSET[s.customer.currency]);
  const intro =
    s.email.lang === "ru"
      ? `${when}, ${s.customer.name} пишет:`
      : `On ${when}, ${s.customer.name} wrote:`;
  return [intro, ...s.email.body.split("\n").map((l) => `> ${l}`)].join("\n");
}
