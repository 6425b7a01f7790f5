import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboundEmails, type OutboundEmail } from "@/db/schema";
import { deliverReply } from "@/lib/mail/deliver-reply";
import { classifySmtpFailure } from "@/lib/mail/smtp-failure";

export type SendOptions = {
  /** smtp(s)://user:pass@host:port; without it messages are captured in the outbox (demo mode). */
  smtpUrl?: string;
  from: string;
  /** Attempts before a reply is given up as failed (a crash mid-send counts as one). */
  maxAttempts?: number;
  /** How long a claim holds; longer than the slowest send (the transport's timeouts below). */
  leaseSeconds?: number;
  /** Wait before attempt n + 1 after attempt n failed. */
  backoffSeconds?: (attempt: number) => number;
  /** Where the raw SMTP error goes (never onto the row). */
  log?: (obj: Record<string, unknown>, msg: string) => void;
};

export type SendOutcome =
  | { status: "sent" }
  | { status: "retry"; at: Date }
  | { status: "failed"; reason: string }
  /** Not this sender's to send: not due yet, claimed by another sender, or no longer queued. */
  | { status: "skipped" };

export const SEND_DEFAULTS = {
  maxAttempts: 6,
  leaseSeconds: 120,
  // 1, 2, 4, 8, 16 minutes: the sixth and last attempt comes about half an hour after the first.
  backoffSeconds: (attempt: number) => 60 * 2 ** (attempt - 1),
};

/** Replies a sender may claim: queued and due, or a claim whose sender died (its lease ended). */
export const claimable = (maxAttempts: number) =>
  and(
    lt(outboundEmails.attempts, maxAttempts),
    or(
      and(
        eq(outboundEmails.state, "queued"),
        sql`coalesce(${outboundEmails.nextAttemptAt}, now()) <= now()`,
      ),
      // A sender that died mid-send left its claim behind; once the lease ends the reply is sent again.
      and(eq(outboundEmails.state, "sending"), sql`${outboundEmails.leaseUntil} < now()`),
    ),
  );

/**
 * Sends one queued reply at least once. The reply is claimed first ("sending", attempts + 1, a
 * lease) so two senders never send it at once, and marked "sent" only after the mail server
 * accepted it: a crash in between sends it again after the lease with the same Message-ID
 * (a duplicate the customer's client threads as one), never loses it. A failed attempt goes
 * back to the queue with a backoff; the last allowed one, or a refusal for good, ends "failed"
 * with a user-safe reason.
 */
export async function sendOutboundEmail(
  db: Db,
  id: string,
  opts: SendOptions,
): Promise<SendOutcome> {
  const o = { ...SEND_DEFAULTS, ...opts };
  const [m] = await db
    .update(outboundEmails)
    .set({
      state: "sending",
      attempts: sql`${outboundEmails.attempts} + 1`,
      leaseUntil: sql`now() + ${o.leaseSeconds} * interval '1 second'`,
    })
    .where(and(eq(outboundEmails.id, id), claimable(o.maxAttempts)))
    .returning();
  if (!m) return { status: "skipped" };
  try {
    if (o.smtpUrl) await deliverReply(o.smtpUrl, o.from, m);
  } catch (err) {
    return recordFailure(db, m, err, o);
  }
  // Whatever a slower, older attempt did meanwhile: the server has this message now.
  await db
    .update(outboundEmails)
    .set({
      state: "sent",
      sentAt: sql`now()`,
      deliveredVia: o.smtpUrl ? "smtp" : "outbox",
      error: null,
      leaseUntil: null,
    })
    .where(
      and(
        eq(outboundEmails.id, m.id),
        inArray(outboundEmails.state, ["sending", "queued", "failed"]),
      ),
    );
  return { status: "sent" };
}

async function recordFailure(
  db: Db,
  m: OutboundEmail,
  err: unknown,
  o: typeof SEND_DEFAULTS & SendOptions,
): Promise<SendOutcome> {
  const failure = classifySmtpFailure(err);
  const last = failure.permanent || m.attempts >= o.maxAttempts;
  o.log?.(
    {
      outboundId: m.id,
      attempt: m.attempts,
      last,
      err: err instanceof Error ? err.message : String(err),
    },
    "reply not sent",
  );
  const waitSeconds = o.backoffSeconds(m.attempts);
  const [row] = await db
    .update(outboundEmails)
    .set({
      state: last ? "failed" : "queued",
      error: failure.reason,
      leaseUntil: null,
      nextAttemptAt: last ? null : sql`now() + ${waitSeconds} * interval '1 second'`,
    })
    // Only this attempt's claim: a later attempt that took over after the lease owns the row now.
    .where(
      and(
        eq(outboundEmails.id, m.id),
        eq(outboundEmails.state, "sending"),
        eq(outboundEmails.attempts, m.attempts),
      ),
    )
    .returning({ nextAttemptAt: outboundEmails.nextAttemptAt });
  if (!row) return { status: "skipped" };
  return last
    ? { status: "failed", reason: failure.reason }
    : { status: "retry", at: row.nextAttemptAt! };
}
