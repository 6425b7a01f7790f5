import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { emailAttachments, inboundEmails } from "@/db/schema";
import { paymentDetailSpans } from "@/lib/ingest/extract-payment-details";
import { extractRequest } from "@/lib/ingest/extract-request";
import { parseEmail } from "@/lib/ingest/parse-email";
import type { Extraction, ParsedEmail } from "@/lib/ingest/types";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record-audit";
import { attachReplyToRequest } from "./attach-reply-to-request";
import { createRequestFromEmail } from "./create-request-from-email";
import { queueMissingInfoReply } from "./queue-missing-info-reply";
import { evaluateRequest } from "./evaluate-request";
import { findThreadRequest } from "./find-thread";
import { matchAccount } from "./match-account";
import { fieldsFromExtraction, missingItems } from "./request-fields";

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
 * Extraction stored for the UI: everything but the full payment detail. The
 * detail also sits in bodyText, in its span and in any field quoting that
 * sentence, so every payment-detail candidate is masked in every string.
 */
function redact(x: Extraction): Extraction {
  const pd = x.paymentDetails.value;
  const secrets = [...new Set([...paymentDetailSpans(x.bodyText).map((s) => x.bodyText.slice(s.start, s.end)), pd?.value ?? ""])]
    .filter((s) => s.length > 4)
    .sort((a, b) => b.length - a.length);
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string") return secrets.reduce((acc, s) => acc.split(s).join(maskKeepingLength(s)), v);
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, scrub(val)]));
    return v;
  };
  return scrub({ ...x, paymentDetails: { ...x.paymentDetails, value: pd ? { ...pd, value: pd.masked } : null } }) as Extraction;
}

function searchTextOf(p: ParsedEmail, x: Extraction): string {
  return [p.from?.address, p.subject, x.bodyText, ...x.phoneNumbers.map((n) => n.value), ...x.orderRefs.map((o) => o.value)].join(" ");
}

async function quarantine(tx: Tx, emailId: string, reason: string, detail: string): Promise<ProcessOutcome> {
  await tx.update(inboundEmails).set({ state: "quarantined", quarantineReason: reason, quarantineDetail: detail }).where(eq(inboundEmails.id, emailId));
  await recordAudit(tx, { actorId: null, action: "email.quarantined", entityType: "email", entityId: emailId, data: { reason, detail } });
  return { kind: "quarantined", reason };
}

/**
 * Steps 2–7 for one stored email, in one transaction: parse, quarantine or
 * thread, extract, match, create or update the request, evaluate the policy,
 * and queue the "we need more information" reply. Any failure rolls all of
 * it back and leaves the raw email stored in state "received" for a retry.
 */
export async function processStoredEmail(db: Db, emailId: string, now = new Date()): Promise<ProcessOutcome> {
  const [email] = await db.select().from(inboundEmails).where(eq(inboundEmails.id, emailId)).limit(1);
  if (!email) throw new Error(`email ${emailId} not found`);
  let parsed: ParsedEmail;
  try {
    parsed = await parseEmail(email.raw, { maxBytes: env().MAX_EMAIL_BYTES, ownAddresses: env().MAILBOX_ADDRESSES });
  } catch (err) {
    return db.transaction((tx) => quarantine(tx, emailId, "unparseable", err instanceof Error ? err.message : "parser failure"));
  }
  return db.transaction(async (tx) => {
    await tx
      .update(inboundEmails)
      .set({
        messageId: parsed.messageId ?? email.messageId,
        inReplyTo: parsed.inReplyTo,
        references: parsed.references,
        fromAddress: parsed.from?.address ?? null,
        fromName: parsed.from?.name || null,
        subject: parsed.subject,
        sentAt: parsed.date ? new Date(parsed.date) : null,
        bodyText: parsed.text,
        bodyHtml: parsed.html,
      })
      .where(eq(inboundEmails.id, emailId));
    for (const a of parsed.attachments) {
      await tx.insert(emailAttachments).values({
        emailId, filename: a.filename ?? "attachment", contentType: a.contentType, sizeBytes: a.size, sha256: a.sha256, content: a.content,
      });
    }
    if (parsed.quarantine) return quarantine(tx, emailId, parsed.quarantine.reason, parsed.quarantine.detail);
    const extraction = extractRequest(parsed, { now });
    const fields = fieldsFromExtraction(extraction);
    await tx.update(inboundEmails).set({ extraction: redact(extraction), state: "processed" }).where(eq(inboundEmails.id, emailId));
    const threadId = await findThreadRequest(tx, {
      emailId, messageId: parsed.messageId, inReplyTo: parsed.inReplyTo, references: parsed.references, requestRef: extraction.requestRef.value,
    });
    if (threadId) {
      const r = await attachReplyToRequest(tx, { requestId: threadId, emailId, fields, receivedAt: email.receivedAt, searchText: searchTextOf(parsed, extraction) });
      await evaluateRequest(tx, threadId, now);
      return { kind: "reply", requestId: threadId, completed: r.completed };
    }
    const match = await matchAccount(tx, {
      fromAddress: parsed.from!.address, accountRef: extraction.accountRef.value, phoneNumbers: fields.phoneNumbers, orderRefs: fields.orderRefs, claim: fields.claim,
    });
    const missing = missingItems(fields);
    const created = await createRequestFromEmail(tx, {
      fields, missing, match, fromAddress: parsed.from!.address, subject: parsed.subject, receivedAt: email.receivedAt, searchText: searchTextOf(parsed, extraction),
    });
    await tx.update(inboundEmails).set({ requestId: created.id }).where(eq(inboundEmails.id, emailId));
    await recordAudit(tx, {
      actorId: null, action: "request.created", entityType: "request", entityId: created.id,
      data: { ref: created.ref, emailId, missing, customerMatched: match.customer !== null, matchedBy: match.matchedBy },
    });
    await evaluateRequest(tx, created.id, now);
    if (missing.length > 0) await queueMissingInfoReply(tx, { requestId: created.id, inReplyToEmailId: emailId, now });
    return { kind: "created", requestId: created.id, ref: created.ref };
  });
}
