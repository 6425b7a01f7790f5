import type { Db, Tx } from "@/db/client";
import { getEmailOriginals } from "@/db/queries/email-files";
import { recordAudit } from "@/lib/audit/record-audit";
import { openStoredBytes, openStoredText } from "@/lib/sealing/open-sealed";

export type OriginalPart = "message" | "html" | "attachment";

/** Writes who opened which email as sent; the caller serves the content only once this committed. */
export function auditOriginalOpened(
  tx: Tx,
  o: { actorId: string; emailId: string; part: OriginalPart; attachmentId?: string },
): Promise<unknown> {
  return recordAudit(tx, {
    actorId: o.actorId,
    action: "email.raw_downloaded",
    entityType: "email",
    entityId: o.emailId,
    data: o.attachmentId ? { part: o.part, attachmentId: o.attachmentId } : { part: o.part },
  });
}

export type OpenEmailOriginalOptions = {
  /** Who asks; the caller has checked they hold "emails.raw". */
  actorId: string;
  emailId: string;
  /** The message byte for byte (.eml), or its HTML part unmasked. */
  part: "message" | "html";
};

/**
 * An email as the customer sent it, full payment details included: opened from its sealed
 * columns and audited (email.raw_downloaded) in one transaction, so nothing is served that was
 * not recorded. Null when the email (or, for "html", its HTML part) does not exist.
 */
export function openEmailOriginal(
  db: Db,
  o: OpenEmailOriginalOptions & { part: "message" },
): Promise<Buffer | null>;
export function openEmailOriginal(
  db: Db,
  o: OpenEmailOriginalOptions & { part: "html" },
): Promise<string | null>;
export async function openEmailOriginal(
  db: Db,
  o: OpenEmailOriginalOptions,
): Promise<Buffer | string | null> {
  return db.transaction(async (tx) => {
    const stored = await getEmailOriginals(tx, o.emailId);
    if (!stored) return null;
    const content =
      o.part === "message" ? openStoredBytes(stored) : openStoredText(stored.htmlSealed);
    if (content === null) return null;
    await auditOriginalOpened(tx, o);
    return content;
  });
}
