import type { Db } from "@/db/client";
import { processStoredEmail, type ProcessOutcome } from "./process-stored-email";
import { storeRawEmail, type StoreRawEmailOptions } from "./store-raw-email";

export type IngestResult = { emailId: string; duplicate: boolean; outcome: ProcessOutcome | null };

/**
 * The one pipeline every channel feeds (IMAP, webhook, upload, CLI): store the
 * raw bytes first and commit, then process. A duplicate delivery returns the
 * stored email and changes nothing, unless the first delivery's processing
 * failed half-way: then the redelivery retries it. outcome is null when the
 * email had already been processed (by an earlier or concurrent delivery).
 */
export async function ingestEmail(
  db: Db,
  opts: StoreRawEmailOptions & { now?: Date },
): Promise<IngestResult> {
  const stored = await storeRawEmail(db, opts);
  if (stored.duplicate) {
    if (stored.state !== "received")
      return { emailId: stored.emailId, duplicate: true, outcome: null };
    // Its processing failed half-way, or is running right now (a concurrent delivery): processing
    // claims the email row, so only one of them makes the request; the other gets null.
    return {
      emailId: stored.emailId,
      duplicate: true,
      outcome: await processStoredEmail(db, stored.emailId, opts.now),
    };
  }
  // The bytes just stored are passed on, not read back.
  const outcome = await processStoredEmail(
    db,
    stored.emailId,
    opts.now,
    stored.stored ?? undefined,
  );
  return { emailId: stored.emailId, duplicate: false, outcome };
}
