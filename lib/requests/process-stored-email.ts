import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { emailAttachments, inboundEmails, type InboundEmail } from "@/db/schema";
import { pipelinedTransaction } from "@/db/pipelined-transaction";
import { clientOf, compileUpdate, send, type Statement } from "@/db/statements";
import { paymentDetailSpans } from "@/lib/ingest/extract-payment-details";
import { extractRequest } from "@/lib/ingest/extract-request";
import { parseEmail } from "@/lib/ingest/parse-email";
import type { Extraction, ParsedEmail } from "@/lib/ingest/types";
import { env } from "@/lib/env";
import { auditStatement, recordAudit } from "@/lib/audit/record-audit";
import { attachReplyToRequest } from "./attach-reply-to-request";
import {
  newRequestColumns,
  newRequestStatement,
  nextRequestRef,
} from "./create-request-from-email";
import { missingInfoReplyStatement } from "./queue-missing-info-reply";
import { computeEvaluation, evaluationStatement, loadOrderFacts } from "./evaluate-request";
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
  return [...s]
    .reverse()
    .map((ch) => (/[\p{L}\p{N}]/u.test(ch) ? (keep-- > 0 ? ch : "•") : ch))
    .reverse()
    .join("");
}

/**
 * Every payment-detail candidate in the email (and the extracted full value),
 * longest first: the strings that must never leave the sealed column.
 */
function secretsOf(x: Extraction): string[] {
  const pd = x.paymentDetails.value;
  return [
    ...new Set([
      ...paymentDetailSpans(x.bodyText).map((s) => x.bodyText.slice(s.start, s.end)),
      pd?.value ?? "",
    ]),
  ]
    .filter((s) => s.length > 4)
    .sort((a, b) => b.length - a.length);
}

/** Masks every secret in every string of a value (same lengths, so offsets stay valid). */
function scrubber(secrets: string[]): (v: unknown) => unknown {
  const scrub = (v: unknown): unknown => {
    if (typeof v === "string")
      return secrets.reduce(
        (acc, s) => (acc.includes(s) ? acc.split(s).join(maskKeepingLength(s)) : acc),
        v,
      );
    if (Array.isArray(v)) return v.map(scrub);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, scrub(val)]));
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
  return scrubber(secrets)({
    ...x,
    paymentDetails: { ...x.paymentDetails, value: pd ? { ...pd, value: pd.masked } : null },
  }) as Extraction;
}

/**
 * The words the request is found by: sender, subject, the body as redacted
 * (payment details masked down to their last four characters), quoted phone
 * numbers and order references. Never the full card number or IBAN.
 */
export function searchTextOf(p: ParsedEmail, redacted: Extraction, secrets: string[]): string {
  const scrub = scrubber(secrets) as (s: string) => string;
  return [
    p.from?.address,
    scrub(p.subject),
    redacted.bodyText,
    ...redacted.phoneNumbers.map((n) => n.value),
    ...redacted.orderRefs.map((o) => o.value),
  ].join(" ");
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
type EmailColumns = Partial<typeof inboundEmails.$inferInsert>;
const finishStatements = new Map<string, ReturnType<typeof compileFinish>>();
const compileFinish = (keys: (keyof EmailColumns & string)[]) =>
  compileUpdate(
    inboundEmails,
    keys,
    { sql: `id = $1 AND state = 'received'`, params: 1 },
    { touch: "updatedAt", returning: ["id"] },
  );

/** The UPDATE of the email row for these columns (state included); touches only a row still in "received". */
function finishEmailStatement(emailId: string, set: EmailColumns): Statement<{ id: string }> {
  const keys = (Object.keys(set) as (keyof EmailColumns & string)[])
    .filter((k) => set[k] !== undefined)
    .sort();
  const shape = keys.join(",");
  let statement = finishStatements.get(shape);
  if (!statement) finishStatements.set(shape, (statement = compileFinish(keys)));
  return statement.build(set as never, [emailId]);
}

async function finishEmail(tx: Tx, emailId: string, set: EmailColumns): Promise<void> {
  const rows = await send(clientOf(tx), finishEmailStatement(emailId, set));
  if (rows.length === 0)
    throw new AlreadyClaimed(`email ${emailId} is no longer in state received`);
}

async function quarantine(
  tx: Tx,
  emailId: string,
  reason: string,
  detail: string,
  columns: Partial<typeof inboundEmails.$inferInsert> = {},
): Promise<ProcessOutcome> {
  await finishEmail(tx, emailId, {
    ...columns,
    state: "quarantined",
    quarantineReason: reason,
    quarantineDetail: detail,
  });
  await recordAudit(tx, {
    actorId: null,
    action: "email.quarantined",
    entityType: "email",
    entityId: emailId,
    data: { reason, detail },
  });
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
export async function processStoredEmail(
  db: Db,
  emailId: string,
  now = new Date(),
  stored?: StoredEmail,
): Promise<ProcessOutcome | null> {
  let email: StoredEmail & Partial<Pick<InboundEmail, "state">>;
  if (stored) email = stored;
  else {
    const [row] = await db
      .select({
        raw: inboundEmails.raw,
        receivedAt: inboundEmails.receivedAt,
        messageId: inboundEmails.messageId,
        state: inboundEmails.state,
      })
      .from(inboundEmails)
      .where(eq(inboundEmails.id, emailId))
      .limit(1);
    if (!row) throw new Error(`email ${emailId} not found`);
    if (row.state !== "received") return null;
    email = row;
  }
  let parsed: ParsedEmail;
  try {
    parsed = await parseEmail(email.raw, {
      maxBytes: env().MAX_EMAIL_BYTES,
      ownAddresses: env().MAILBOX_ADDRESSES,
    });
  } catch (err) {
    return claimed(() =>
      db.transaction((tx) =>
        quarantine(
          tx,
          emailId,
          "unparseable",
          err instanceof Error ? err.message : "parser failure",
        ),
      ),
    );
  }
  const columns = parsedColumns(parsed, email.messageId);
  const attachments = parsed.attachments.map((a) => ({
    emailId,
    filename: a.filename ?? "attachment",
    contentType: a.contentType,
    sizeBytes: a.size,
    sha256: a.sha256,
    content: a.content,
  }));
  const storeAttachments = async (tx: Tx) => {
    if (attachments.length > 0) await tx.insert(emailAttachments).values(attachments);
  };
  const quarantined = parsed.quarantine;
  if (quarantined) {
    return claimed(() =>
      db.transaction(async (tx) => {
        await storeAttachments(tx);
        return quarantine(tx, emailId, quarantined.reason, quarantined.detail, columns);
      }),
    );
  }
  // Everything that needs no database runs before the transaction opens.
  const extraction = extractRequest(parsed, { now });
  const fields = fieldsFromExtraction(extraction);
  const secrets = secretsOf(extraction);
  const redacted = redact(extraction, secrets);
  const searchText = searchTextOf(parsed, redacted, secrets);
  const processed = { ...columns, extraction: redacted, state: "processed" as const };
  return claimed(() =>
    pipelinedTransaction<ProcessOutcome>(db, async (tx) => {
      // One round trip: claim the email row (held to commit), lock its thread ids, look the thread up.
      const [claim, threadId, settings] = await Promise.all([
        claimEmail(tx, emailId),
        findThreadRequest(tx, {
          emailId,
          messageId: parsed.messageId,
          inReplyTo: parsed.inReplyTo,
          references: parsed.references,
          requestRef: extraction.requestRef.value,
        }),
        pipelineSettings(tx),
      ]);
      if (!claim) throw new AlreadyClaimed(`email ${emailId} is no longer in state received`);
      await storeAttachments(tx);
      if (threadId) {
        await send(
          clientOf(tx),
          finishEmailStatement(emailId, { ...processed, requestId: threadId }),
        );
        const r = await attachReplyToRequest(tx, {
          requestId: threadId,
          emailId,
          fields,
          receivedAt: email.receivedAt,
          searchText,
          now,
          calendar: settings.calendar,
          emailLinked: true,
        });
        return {
          result: { kind: "reply", requestId: threadId, completed: r.completed },
          closing: [],
        };
      }
      const match = await matchAccount(tx, {
        fromAddress: parsed.from!.address,
        accountRef: extraction.accountRef.value,
        phoneNumbers: fields.phoneNumbers,
        orderRefs: fields.orderRefs,
        claim: fields.claim,
      });
      const missing = missingItems(fields);
      const input = {
        fields,
        missing,
        match,
        fromAddress: parsed.from!.address,
        subject: parsed.subject,
        receivedAt: email.receivedAt,
        searchText,
      };
      const [orderFacts, ref] = await Promise.all([
        loadOrderFacts(tx, match.order),
        nextRequestRef(tx, email.receivedAt),
      ]);
      // The policy reads only columns known before the insert, so the recommendation goes into the INSERT itself.
      const request = { ...newRequestColumns(input), id: randomUUID(), ref };
      const evaluation = computeEvaluation({
        request,
        customer: match.customer,
        order: match.order,
        orderFacts,
        calendar: settings.calendar,
        now,
      });
      // Every write of a new request goes out with COMMIT (see pipelinedTransaction), in this order:
      // the request row exists before the rows that reference it, and the audit entry (whose chain
      // head other transactions queue on) comes last.
      const closing: Statement[] = [
        newRequestStatement({
          ...input,
          id: request.id,
          ref,
          recommendation: evaluation.recommendation,
        }),
        finishEmailStatement(emailId, { ...processed, requestId: request.id }),
        evaluationStatement(request.id, evaluation),
        ...(missing.length > 0
          ? [
              missingInfoReplyStatement({
                request,
                customer: match.customer,
                autoSend: settings.autoSendReplies,
                now,
                email: {
                  messageId: columns.messageId,
                  references: columns.references,
                  fromName: columns.fromName,
                },
              }),
            ]
          : []),
        auditStatement({
          actorId: null,
          action: "request.created",
          entityType: "request",
          entityId: request.id,
          data: {
            ref,
            emailId,
            missing,
            customerMatched: match.customer !== null,
            matchedBy: match.matchedBy,
          },
        }),
      ];
      return { result: { kind: "created", requestId: request.id, ref }, closing };
    }),
  );
}

/** Locks the email row until commit; false when it is no longer waiting to be processed (another processing won). */
async function claimEmail(tx: Tx, emailId: string): Promise<boolean> {
  const [row] = await send<{ state: string }>(clientOf(tx), {
    text: `SELECT state FROM inbound_emails WHERE id = $1 FOR UPDATE`,
    params: [emailId],
  });
  return row?.state === "received";
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
