import type { inboundEmails } from "@/db/schema";
import { maskPaymentDetailsInHtml } from "@/lib/ingest/mask-html";
import { maskPaymentDetailsIn, secretsIn } from "@/lib/ingest/redact-payment-details";
import type { ParsedEmail } from "@/lib/ingest/parsed-email-types";
import { sealText } from "@/lib/sealing/open-sealed";

export type EmailColumns = Partial<typeof inboundEmails.$inferInsert>;

/** Payment-detail candidates of the parts stored in the clear, with the `known` ones (the extraction's). */
export function clearSecrets(parsed: ParsedEmail, known: string[] = []): string[] {
  return secretsIn([parsed.text, parsed.subject], known);
}

/**
 * The inbound_emails columns parsing fills in. The bodies and the subject are stored with every
 * payment detail masked (each of `secrets`, and any candidate found in the part itself); the
 * bodies as sent are sealed beside them.
 */
export function parsedColumns(
  parsed: ParsedEmail,
  storedMessageId: string | null,
  secrets: string[],
) {
  return {
    messageId: parsed.messageId ?? storedMessageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    fromAddress: parsed.from?.address ?? null,
    fromName: parsed.from?.name || null,
    subject: maskPaymentDetailsIn(parsed.subject, secrets),
    sentAt: parsed.date ? new Date(parsed.date) : null,
    bodyText: maskPaymentDetailsIn(parsed.text, secrets),
    bodyHtml: parsed.html === null ? null : maskPaymentDetailsInHtml(parsed.html, secrets),
    bodyTextSealed: sealText(parsed.text),
    bodyHtmlSealed: sealText(parsed.html),
  };
}
