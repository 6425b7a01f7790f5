import { eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { emailAttachments, inboundEmails } from "../schema";

/** Ids in URLs are checked before they reach the database: anything else is simply not found. */
const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** An attachment as stored (its email, name, type, and bytes sealed, or in the clear from before sealing), or null. */
export async function getAttachmentFile(db: Tx, id: string) {
  if (!isUuid(id)) return null;
  const [a] = await db
    .select({
      emailId: emailAttachments.emailId,
      filename: emailAttachments.filename,
      contentType: emailAttachments.contentType,
      sealed: emailAttachments.contentSealed,
      clear: emailAttachments.content,
    })
    .from(emailAttachments)
    .where(eq(emailAttachments.id, id));
  return a ?? null;
}

/** An email's HTML body with payment details masked, or null when it has none. */
export async function getEmailHtml(db: Db, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [e] = await db
    .select({ html: inboundEmails.bodyHtml })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, id));
  return e?.html ?? null;
}

/** An email's original bytes and HTML as stored (sealed; the bytes in the clear on a row from before sealing), or null. */
export async function getEmailOriginals(db: Tx, id: string) {
  if (!isUuid(id)) return null;
  const [e] = await db
    .select({
      sealed: inboundEmails.rawSealed,
      clear: inboundEmails.raw,
      htmlSealed: inboundEmails.bodyHtmlSealed,
    })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, id));
  return e ?? null;
}
