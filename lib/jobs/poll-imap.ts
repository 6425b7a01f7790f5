import { eq } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import type { Db } from "@/db/client";
import { settings } from "@/db/schema";
import { env } from "@/lib/env";
import { processStoredEmail } from "@/lib/requests/process-stored-email";
import { storeRawEmail } from "@/lib/requests/store-raw-email";

export type ImapConfig = {
  host: string;
  port: number;
  /** Implicit TLS (port 993). */
  secure: boolean;
  user: string;
  password: string;
  folder: string;
};

export type PollReport = {
  fetched: number;
  imported: number;
  duplicates: number;
  failed: number;
  lastUid: number;
};

type Cursor = { uidValidity: string; lastUid: number };

/** Flag set on every message Refund Desk has stored, visible to anyone reading the mailbox. */
export const IMPORTED_FLAG = "$RefundDeskImported";

const cursorKey = (c: ImapConfig) => `imap_cursor:${c.user}@${c.host}:${c.port}/${c.folder}`;

/**
 * One polling pass: fetch every message after the stored UID cursor, push
 * each through the pipeline, flag it, and advance the cursor after each one,
 * so a crash or restart neither re-imports nor skips. A changed UIDVALIDITY
 * rescans the folder; Message-ID dedupe keeps that from making duplicates.
 * Up to `concurrency` stored emails are processed at once (INGEST_CONCURRENCY).
 */
export async function pollImap(
  db: Db,
  config: ImapConfig,
  concurrency = env().INGEST_CONCURRENCY,
): Promise<PollReport> {
  const client = new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: { user: config.user, pass: config.password },
    logger: false,
  });
  await client.connect();
  const report: PollReport = { fetched: 0, imported: 0, duplicates: 0, failed: 0, lastUid: 0 };
  const lock = await client.getMailboxLock(config.folder);
  try {
    const mailbox = client.mailbox;
    const uidValidity = mailbox ? String(mailbox.uidValidity) : "0";
    const [row] = await db
      .select()
      .from(settings)
      .where(eq(settings.key, cursorKey(config)));
    const saved = row?.value as Cursor | undefined;
    let lastUid = saved && saved.uidValidity === uidValidity ? saved.lastUid : 0;
    const save = (uid: number) =>
      db
        .insert(settings)
        .values({ key: cursorKey(config), value: { uidValidity, lastUid: uid } })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: { uidValidity, lastUid: uid }, updatedAt: new Date() },
        });
    const uids = ((await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || [])
      .filter((u) => u > lastUid)
      .sort((a, b) => a - b);
    // Storing, flagging and the cursor go strictly in UID order; processing (the expensive part,
    // its own transaction per email) runs up to `concurrency` at once behind them. The raw bytes
    // are committed before the cursor moves, so a crash mid-processing loses nothing:
    // retryStuckEmails finishes whatever is still "received".
    const processing = new Set<Promise<void>>();
    const startProcessing = (emailId: string) => {
      const p: Promise<void> = processStoredEmail(db, emailId)
        .then(
          () => void report.imported++,
          () => void report.failed++, // the raw bytes are committed; retryStuckEmails processes them later
        )
        .finally(() => processing.delete(p));
      processing.add(p);
    };
    try {
      for (const uid of uids) {
        const msg = await client.fetchOne(
          String(uid),
          { source: true, internalDate: true },
          { uid: true },
        );
        if (!msg || !msg.source) continue;
        report.fetched++;
        const received = msg.internalDate ? new Date(msg.internalDate) : new Date();
        // Storing must succeed before the cursor moves: if it throws, this pass stops here.
        const stored = await storeRawEmail(db, {
          raw: msg.source,
          channel: "imap",
          imapUid: uid,
          receivedAt: received,
        });
        if (stored.duplicate) report.duplicates++;
        else {
          while (processing.size >= concurrency) await Promise.race(processing);
          startProcessing(stored.emailId);
        }
        await client.messageFlagsAdd(String(uid), [IMPORTED_FLAG], { uid: true });
        lastUid = uid;
        await save(uid);
      }
    } finally {
      await Promise.all(processing);
    }
    report.lastUid = lastUid;
  } finally {
    lock.release();
    await client.logout();
  }
  return report;
}
