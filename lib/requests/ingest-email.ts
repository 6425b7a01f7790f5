import type { Db } from "@/db/client";
import { safeErrorMessage } from "@/lib/server/serialize-error";
import { processStoredEmail, type ProcessOutcome } from "./process-stored-email";
import { ReplayedDelivery, storeRawEmail, type StoreRawEmailOptions } from "./store-raw-email";

export type IngestResult = { emailId: string; duplicate: boolean; outcome: ProcessOutcome | null };

/** Storing the raw bytes failed: nothing was written, and the sender must deliver it again. */
export class EmailNotStored extends Error {
  constructor(cause: unknown) {
    super(`not stored: ${safeErrorMessage(cause)}`, { cause });
    this.name = "EmailNotStored";
  }
}

/** The raw bytes are stored, but processing them failed: the retry job will process them. */
export class EmailNotProcessed extends Error {
  constructor(
    readonly emailId: string,
    cause: unknown,
  ) {
    super(`stored as ${emailId} but not processed: ${safeErrorMessage(cause)}`, { cause });
    this.name = "EmailNotProcessed";
  }
}

/**
 * The one pipeline every channel feeds (IMAP, webhook, upload, CLI): store the
 * raw bytes first and commit, then process. A duplicate delivery returns the
 * stored email and changes nothing, unless the first delivery's processing
 * failed half-way: then the redelivery retries it. outcome is null when the
 * email had already been processed (by an earlier or concurrent delivery).
 *
 * Failures say which side of the commit they fell on: EmailNotStored (deliver
 * again) or EmailNotProcessed (stored; the retry job finishes it); a replayed
 * webhook signature throws ReplayedDelivery.
 */
export async function ingestEmail(
  db: Db,
  opts: StoreRawEmailOptions & { now?: Date },
): Promise<IngestResult> {
  let stored: Awaited<ReturnType<typeof storeRawEmail>>;
  try {
    stored = await storeRawEmail(db, opts);
  } catch (err) {
    throw err instanceof ReplayedDelivery ? err : new EmailNotStored(err);
  }
  if (stored.duplicate && stored.state !== "received")
    return { emailId: stored.emailId, duplicate: true, outcome: null };
  try {
    // A duplicate still "received": its processing failed half-way, or is running right now (a
    // concurrent delivery); processing claims the email row, so only one of them makes the
    // request and the other gets null. A new row's bytes are passed on, not read back.
    const outcome = await processStoredEmail(
      db,
      stored.emailId,
      opts.now,
      stored.stored ?? undefined,
    );
    return { emailId: stored.emailId, duplicate: stored.duplicate, outcome };
  } catch (err) {
    throw new EmailNotProcessed(stored.emailId, err);
  }
}
