import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { emailAttachments, inboundEmails, type InboundEmail } from "@/db/schema";
import { paymentDetailSpans } from "@/lib/ingest/extract-payment-details";
import { extractRequest } from "@/lib/ingest/extract-request";
import { parseEmail } from "@/lib/ingest/parse-email";
import type { Extraction, ParsedEmail } from "@/lib/ingest/types";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record-audit";
import { attachReplyToRequest } from "./attach-reply-to-request";
import { createRequestFromEmail, newRequestColumns, nextRequestRef } from "./create-request-from-email";
import { queueMissingInfoReply } from "./queue-missing-info-reply";
import { computeEvaluation, insertEvaluation, loadOrderFacts } from "./evaluate-request";
import { findThreadRequest } from "./find-thread";
import { matchAccount } from "./match-account";
import { pipelineSettings } from "./pipeline-settings";
import { fieldsFromExtraction, missingItems } from "./request-fields";
import type { StoredEmail } from "./store-raw-email";

export type ProcessOutcome =
  | { kind: "quarantined"; reason: string }
  | { kind: "created"; requestId: string; ref: string }
  | { kind: "reply"; requestId: string; completed: boolean };

/** Same length (so every span's offsets stay valid): all letters and digits but the last four become "•". */
function maskKeepingLength(s: string): string {
  let keep = 4;
  return [...s].reverse().map((ch) => (/[\p{L}\p{N}]/u.test(ch) ? (keep-- > 0 ? ch : "•") : ch)).reverse().join("");
}

/**
 * Every payment-detail candidate in the email (and the extracted full value),
 * longest first: the strings that must never leave the sealed column.
 */
function secretsOf(x: Extraction): string[] {
  const pd = x.paymentDetails.value;
  return [...new Set([...paymentDetailSpans(x.bodyText).map((s) => x.bodyText.slice(s.start, s.end)), pd?.value ?? ""])]
    .filter((s) => s.length > 4)
    .sort((a, b) => b.length - a.length);
}

/** Masks every secret in every string of a value (same lengths, so offsets stay valid). */
function scrubber(secrets: string[]): (v: unknown) => unknown {
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string") return secrets.reduce((acc, s) => (acc.includes(s) ? acc.split(s).join(maskKeepingLength(s)) : acc), v);
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, scrub(val)]));
    return v;
  };
  return scrub;
}

/**
 * Extraction stored for the UI: everything but the full payment detail. The
 * detail also sits in bodyText, in its span and in any field quoting that
 * sentence, so every payment-detail candidate is masked in every string.
 */
function redact(x: Extraction, secrets: string[] = secretsOf(x)): Extraction {
  const pd = x.paymentDetails.value;
  return scrubber(secrets)({ ...x, paymentDetails: { ...x.paymentDetails, value: pd ? { ...pd, value: pd.masked } : null } }) as Extraction;
}

/**
 * The words the request is found by: sender, subject, the body as redacted
 * (payment details masked down to their last four characters), quoted phone
 * numbers and order references. Never the full card number or IBAN.
 */
export function searchTextOf(p: ParsedEmail, redacted: Extraction, secrets: string[]): string {
  const scrub = scrubber(secrets) as (s: string) => string;
  return [p.from?.address, scrub(p.subject), redacted.bodyText, ...redacted.phoneNumbers.map((n) => n.value), ...redacted.orderRefs.map((o) => o.value)].join(" ");
}

/** Processing lost the race for this email: another delivery or a retry is processing (or has processed) it. */
class AlreadyClaimed extends Error {}

/** The inbound_emails columns parsing fills in. */
function parsedColumns(parsed: ParsedEmail, storedMessageId: string | null) {
  return {
    messageId: parsed.messageId ?? storedMessageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    fromAddress: parsed.from?.address ?? null,
    fromName: parsed.from?.name || null,
    subject: parsed.subject,
    sentAt: parsed.date ? new Date(parsed.date) : null,
    bodyText: parsed.text,
    bodyHtml: parsed.html,
  };
}

/**
 * The one UPDATE of the email row per processing: parsed columns, state,
 * extraction, request link. It also claims the email: only a row still in
 * "received" is updated, so of two concurrent processings of one email (a
 * duplicate delivery racing the first, a retry racing a redelivery) the
 * second waits on the row lock, finds it processed and rolls back.
 */
async function finishEmail(tx: Tx, emailId: string, set: Partial<typeof inboundEmails.$inferInsert>): Promise<void> {
  const rows = await tx
    .update(inboundEmails)
    .set(set)
    .where(and(eq(inboundEmails.id, emailId), eq(inboundEmails.state, "received")))
    .returning({ id: inboundEmails.id });
  if (rows.length === 0) throw new AlreadyClaimed(`email ${emailId} is no longer in state received`);
}

async function quarantine(tx: Tx, emailId: string, reason: string, detail: string, columns: Partial<typeof inboundEmails.$inferInsert> = {}): Promise<ProcessOutcome> {
  await finishEmail(tx, emailId, { ...columns, state: "quarantined", quarantineReason: reason, quarantineDetail: detail });
  await recordAudit(tx, { actorId: null, action: "email.quarantined", entityType: "email", entityId: emailId, data: { reason, detail } });
  return { kind: "quarantined", reason };
}

/**
 * Steps 2–7 for one stored email, in one transaction: parse, quarantine or
 * thread, extract, match, create or update the request, evaluate the policy,
 * and queue the "we need more information" reply. Any failure rolls all of
 * it back and leaves the raw email stored in state "received" for a retry.
 *
 * `stored` (the bytes ingestEmail just stored) saves reading the row back.
 * Returns null when the email is not (any more) in state "received": another
 * processing of it won (see finishEmail).
 */
export async function processStoredEmail(db: Db, emailId: string, now = new Date(), stored?: StoredEmail): Promise<ProcessOutcome | null> {
  let email: StoredEmail & Partial<Pick<InboundEmail, "state">>;
  if (stored) email = stored;
  else {
    const [row] = await db
      .select({ raw: inboundEmails.raw, receivedAt: inboundEmails.receivedAt, messageId: inboundEmails.messageId, state: inboundEmails.state })
      .from(inboundEmails)
      .where(eq(inboundEmails.id, emailId))
      .limit(1);
    if (!row) throw new Error(`email ${emailId} not found`);
    if (row.state !== "received") return null;
    email = row;
  }
  let parsed: ParsedEmail;
  try {
    parsed = await parseEmail(email.raw, { maxBytes: env().MAX_EMAIL_BYTES, ownAddresses: env().MAILBOX_ADDRESSES });
  } catch (err) {
    return claimed(() => db.transaction((tx) => quarantine(tx, emailId, "unparseable", err instanceof Error ? err.message : "parser failure")));
  }
  return claimed(() => db.transaction(async (tx) => {
    const columns = parsedColumns(parsed, email.messageId);
    if (parsed.attachments.length > 0) {
      await tx.insert(emailAttachments).values(
        parsed.attachments.map((a) => ({ emailId, filename: a.filename ?? "attachment", contentType: a.contentType, sizeBytes: a.size, sha256: a.sha256, content: a.content })),
      );
    }
    if (parsed.quarantine) return quarantine(tx, emailId, parsed.quarantine.reason, parsed.quarantine.detail, columns);
    const extraction = extractRequest(parsed, { now });
    const fields = fieldsFromExtraction(extraction);
    const secrets = secretsOf(extraction);
    const redacted = redact(extraction, secrets);
    const searchText = searchTextOf(parsed, redacted, secrets);
    const [threadId, settings] = await Promise.all([
      findThreadRequest(tx, {
        emailId, messageId: parsed.messageId, inReplyTo: parsed.inReplyTo, references: parsed.references, requestRef: extraction.requestRef.value,
      }),
      pipelineSettings(tx),
    ]);
    const processed = { ...columns, extraction: redacted, state: "processed" as const };
    if (threadId) {
      await finishEmail(tx, emailId, { ...processed, requestId: threadId });
      const r = await attachReplyToRequest(tx, {
        requestId: threadId, emailId, fields, receivedAt: email.receivedAt, searchText, now, calendar: settings.calendar, emailLinked: true,
      });
      return { kind: "reply", requestId: threadId, completed: r.completed };
    }
    const match = await matchAccount(tx, {
      fromAddress: parsed.from!.address, accountRef: extraction.accountRef.value, phoneNumbers: fields.phoneNumbers, orderRefs: fields.orderRefs, claim: fields.claim,
    });
    const missing = missingItems(fields);
    const input = { fields, missing, match, fromAddress: parsed.from!.address, subject: parsed.subject, receivedAt: email.receivedAt, searchText };
    const [orderFacts, ref] = await Promise.all([loadOrderFacts(tx, match.order), nextRequestRef(tx, email.receivedAt)]);
    // The policy reads only columns known before the insert, so the recommendation goes into the INSERT itself.
    const evaluation = computeEvaluation({ request: newRequestColumns(input), customer: match.customer, order: match.order, orderFacts, calendar: settings.calendar, now });
    const created = await createRequestFromEmail(tx, { ...input, ref, recommendation: evaluation.recommendation });
    await finishEmail(tx, emailId, { ...processed, requestId: created.id });
    await Promise.all([
      insertEvaluation(tx, created.id, evaluation),
      missing.length > 0
        ? queueMissingInfoReply(tx, {
            requestId: created.id, inReplyToEmailId: emailId, now,
            preloaded: {
              request: created.row, customer: match.customer, autoSend: settings.autoSendReplies,
              email: { messageId: columns.messageId, references: columns.references, fromName: columns.fromName },
            },
          })
        : undefined,
    ]);
    // Last in the transaction: the audit lock is held until commit.
    await recordAudit(tx, {
      actorId: null, action: "request.created", entityType: "request", entityId: created.id,
      data: { ref: created.ref, emailId, missing, customerMatched: match.customer !== null, matchedBy: match.matchedBy },
    });
    return { kind: "created", requestId: created.id, ref: created.ref };
  }));
}

/** Runs one processing transaction; losing the claim (AlreadyClaimed, rolled back) yields null. */
async function claimed(run: () => Promise<ProcessOutcome>): Promise<ProcessOutcome | null> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AlreadyClaimed) return null;
    throw err;
  }
}
