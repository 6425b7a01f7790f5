import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { inboundEmails } from "@/db/schema";
import { processStoredEmail, type ProcessOutcome } from "./process-stored-email";
import { storeRawEmail, type StoreRawEmailOptions } from "./store-raw-email";

export type IngestResult = { emailId: string; duplicate: boolean; outcome: ProcessOutcome | null };

/**
 * The one pipeline every channel feeds (IMAP, webhook, upload, CLI): store the
 * raw bytes first and commit, then process. A duplicate delivery returns the
 * stored email and changes nothing, unless the first delivery's processing
 * failed half-way: then the redelivery retries it.
 */
export async function ingestEmail(db: Db, opts: StoreRawEmailOptions & { now?: Date }): Promise<IngestResult> {
  const stored = await storeRawEmail(db, opts);
  if (stored.duplicate) {
    const [row] = await db.select({ state: inboundEmails.state }).from(inboundEmails).where(eq(inboundEmails.id, stored.emailId));
    if (row?.state !== "received") return { emailId: stored.emailId, duplicate: true, outcome: null };
    return { emailId: stored.emailId, duplicate: true, outcome: await processStoredEmail(db, stored.emailId, opts.now) };
  }
  const outcome = await processStoredEmail(db, stored.emailId, opts.now);
  return { emailId: stored.emailId, duplicate: false, outcome };
}
