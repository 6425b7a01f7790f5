import type { Db } from "@/db/client";
import { getAttachmentFile } from "@/db/queries/email-files";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/db/schema/enums";
import { maskPaymentDetailsInBytes } from "@/lib/ingest/redact-payment-details";
import { AppError } from "@/lib/server/app-error";
import { openStoredBytes } from "@/lib/sealing/open-sealed";
import { auditOriginalOpened } from "./open-email-original";

export type OpenAttachmentOptions = {
  user: { id: string; role: Role };
  attachmentId: string;
};

export type OpenedAttachment = {
  filename: string;
  contentType: string;
  content: Buffer;
  /** True when payment details were masked in what is served. */
  masked: boolean;
};

/** A forwarded message carries its own (encoded) parts: it cannot be masked, only withheld. */
const isMessage = (type: string) => type.toLowerCase().startsWith("message/");
const isText = (type: string) => type.toLowerCase().startsWith("text/");

/**
 * An attachment to download, opened from its sealed column. Text is served with card numbers,
 * IBANs and other payment details masked (the original is in the .eml); a forwarded message
 * only to "emails.raw", audited like the .eml; anything else (images, PDFs: the customer's
 * receipts and screenshots, which no mask can read) as sent. Null when it does not exist.
 */
export async function openAttachment(
  db: Db,
  o: OpenAttachmentOptions,
): Promise<OpenedAttachment | null> {
  const a = await getAttachmentFile(db, o.attachmentId);
  if (!a) return null;
  const file = { filename: a.filename, contentType: a.contentType };
  if (isText(a.contentType))
    return { ...file, content: maskPaymentDetailsInBytes(openStoredBytes(a)), masked: true };
  if (!isMessage(a.contentType)) return { ...file, content: openStoredBytes(a), masked: false };
  if (!can(o.user.role, "emails.raw"))
    throw new AppError("FORBIDDEN", {
      userMessage:
        "A forwarded message may hold full payment details: managers can download it. Its text is shown, masked, in the thread.",
    });
  return db.transaction(async (tx) => {
    const content = openStoredBytes(a);
    await auditOriginalOpened(tx, {
      actorId: o.user.id,
      emailId: a.emailId,
      part: "attachment",
      attachmentId: o.attachmentId,
    });
    return { ...file, content, masked: false };
  });
}
