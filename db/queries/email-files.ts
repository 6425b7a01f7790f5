import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { emailAttachments, inboundEmails } from "../schema";

/** Ids in URLs are checked before they reach the database: anything else is simply not found. */
const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id);

/** An attachment as stored (name, type, bytes), or null. */
export async function getAttachmentFile(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [a] = await db
    .select({
      filename: emailAttachments.filename,
      contentType: emailAttachments.contentType,
      content: emailAttachments.content,
    })
    .from(emailAttachments)
    .where(eq(emailAttachments.id, id));
  return a ?? null;
}

/** An email's HTML body as sent, or null when it has none. */
export async function getEmailHtml(db: Db, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [e] = await db
    .select({ html: inboundEmails.bodyHtml })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, id));
  return e?.html ?? null;
}

/** An email's original bytes, or null. */
export async function getRawEmail(db: Db, id: string): Promise<Buffer | null> {
  if (!isUuid(id)) return null;
  const [e] = await db
    .select({ raw: inboundEmails.raw })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, id));
  return e?.raw ?? null;
}
