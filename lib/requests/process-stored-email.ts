import type { Db, Tx } from "@/db/client";
import { loadOrderFacts } from "@/db/queries/order-facts";
import { extractRequest } from "@/lib/ingest/extract-request";
import { parseEmail } from "@/lib/ingest/parse-email";
import { redact, searchTextOf, secretsOf } from "@/lib/ingest/redact-payment-details";
import type { ParsedEmail } from "@/lib/ingest/parsed-email-types";
import { env } from "@/lib/env";
import { safeErrorMessage } from "@/lib/server/serialize-error";
import { attachReplyToRequest } from "./attach-reply-to-request";
import {
  claimed,
  claimEmail,
  finishEmail,
  insertAttachments,
  loadReceivedEmail,
  quarantineEmail,
} from "./claim-stored-email";
import { clearSecrets, parsedColumns } from "./parsed-columns";
import { nextRequestRef } from "./create-request-from-email";
import { findThreadRequest } from "./find-thread";
import { matchAccount } from "./match-account";
import { writeNewRequest } from "./write-new-request";
import { pipelineSettings } from "./pipeline-settings";
import { fieldsFromExtraction, missingItems } from "./request-fields";
import type { StoredEmail } from "./store-raw-email";

export type ProcessOutcome =
  | { kind: "quarantined"; reason: string }
  | { kind: "created"; requestId: string; ref: string }
  | { kind: "reply"; requestId: string; completed: boolean };

/**
 * Steps 2–7 for one stored email: parse, quarantine or thread, extract, match, create or
 * update the request, evaluate the policy, and queue the "we need more information" reply.
 * Every write happens in one transaction: any failure rolls all of it back and leaves the
 * raw email stored in state "received" for a retry.
 *
 * `stored` (the bytes ingestEmail just stored) saves reading the row back.
 * Returns null when the email is not (any more) in state "received": another
 * processing of it won (see claimEmail).
 */
export async function processStoredEmail(
  db: Db,
  emailId: string,
  now = new Date(),
  stored?: StoredEmail,
): Promise<ProcessOutcome | null> {
  const email = stored ?? (await loadReceivedEmail(db, emailId));
  if (!email) return null;
  let parsed: ParsedEmail;
  try {
    parsed = await parseEmail(email.raw, {
      maxBytes: env().MAX_EMAIL_BYTES,
      ownAddresses: env().MAILBOX_ADDRESSES,
    });
  } catch (err) {
    const detail = safeErrorMessage(err);
    return claimed(() =>
      db.transaction((tx) => quarantineEmail(tx, emailId, "unparseable", detail)),
    );
  }
  const storeAttachments = (tx: Tx) => insertAttachments(tx, emailId, parsed.attachments);
  const quarantined = parsed.quarantine;
  if (quarantined) {
    const columns = parsedColumns(parsed, email.messageId, clearSecrets(parsed));
    return claimed(() =>
      db.transaction(async (tx) => {
        await storeAttachments(tx);
        return quarantineEmail(tx, emailId, quarantined.reason, quarantined.detail, columns);
      }),
    );
  }
  // Everything that needs no lock runs before the transaction opens: the pure stages, and the
  // reads of the customer, the order and its facts (prepared once per database handle, where
  // inside a transaction drizzle would build each statement again for every email).
  const extraction = extractRequest(parsed, { now });
  const secrets = clearSecrets(parsed, secretsOf(extraction));
  const redacted = redact(extraction, secrets);
  // What the request stores in the clear comes from the redacted extraction (a reason sentence
  // may quote the card); only the payment detail itself is taken whole, to be sealed.
  const fields = {
    ...fieldsFromExtraction(redacted),
    paymentDetailValue: extraction.paymentDetails.value?.value ?? null,
  };
  const searchText = searchTextOf(parsed, redacted, secrets);
  const columns = parsedColumns(parsed, email.messageId, secrets);
  const processed = { ...columns, extraction: redacted, state: "processed" as const };
  const [match, settings] = await Promise.all([
    matchAccount(db, {
      fromAddress: parsed.from!.address,
      accountRef: redacted.accountRef.value,
      phoneNumbers: fields.phoneNumbers,
      orderRefs: fields.orderRefs,
      claim: fields.claim,
    }),
    pipelineSettings(db),
  ]);
  const orderFacts = await loadOrderFacts(db, match.order);
  return claimed(() =>
    db.transaction(async (tx): Promise<ProcessOutcome> => {
      // One round trip: claim the email row (held to commit), lock its thread ids, look the thread
      // up; and for an email that names no earlier message (almost every new request), allocate its
      // reference too (should it still turn out to be a reply, that number is skipped, as a
      // rolled-back one is).
      const [, threadId, ref] = await Promise.all([
        claimEmail(tx, emailId),
        findThreadRequest(tx, {
          emailId,
          messageId: parsed.messageId,
          inReplyTo: parsed.inReplyTo,
          references: parsed.references,
          requestRef: extraction.requestRef.value,
        }),
        !parsed.inReplyTo && parsed.references.length === 0 && !extraction.requestRef.value
          ? nextRequestRef(tx, email.receivedAt)
          : undefined,
      ]);
      await storeAttachments(tx);
      if (threadId) {
        await finishEmail(tx, emailId, { ...processed, requestId: threadId });
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
        return { kind: "reply", requestId: threadId, completed: r.completed };
      }
      const created = await writeNewRequest(tx, {
        ref,
        emailId,
        emailColumns: processed,
        request: {
          fields,
          missing: missingItems(fields),
          match,
          fromAddress: parsed.from!.address,
          subject: columns.subject ?? "",
          receivedAt: email.receivedAt,
          searchText,
        },
        orderFacts,
        settings,
        now,
      });
      return { kind: "created", ...created };
    }),
  );
}
