import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { preparedPer } from "@/db/prepared";
import { inboundEmails, webhookReplays } from "@/db/schema";
import type { EMAIL_CHANNELS, INBOUND_STATES } from "@/db/schema/enums";
import { normaliseMessageIds } from "@/lib/ingest/map-parsed-mail";
import { splitHeadAndBody } from "@/lib/ingest/read-raw-parts";
import { sealBytes } from "@/lib/sealing/open-sealed";

export type EmailChannel = (typeof EMAIL_CHANNELS)[number];

export type StoreRawEmailOptions = {
  raw: Buffer;
  channel: EmailChannel;
  /** When the mailbox got it; defaults to now. */
  receivedAt?: Date;
  /** IMAP UID, so polling can resume exactly where it stopped. */
  imapUid?: number;
  /** Webhook deliveries: the signature, recorded with the row so it cannot be replayed. */
  replayKey?: string;
};

export type StoredRaw = {
  emailId: string;
  duplicate: boolean;
  dedupeKey: string;
  /** The stored row's state; for a duplicate, the first delivery's ("received": its processing has not finished). */
  state: (typeof INBOUND_STATES)[number];
  /** What processing needs, for a new row (the bytes just stored): saves reading them back. */
  stored: StoredEmail | null;
};

/** The stored email's columns processing starts from. */
export type StoredEmail = { raw: Buffer; receivedAt: Date; messageId: string | null };

/** Message-ID read straight from the raw header block (no MIME parsing), unfolded. */
export function rawMessageId(raw: Buffer): string | null {
  const head = splitHeadAndBody(raw)
    .head.subarray(0, 256 * 1024)
    .toString("latin1")
    .replace(/\r?\n[ \t]+/g, " ");
  const match = /^message-id:[ \t]*(.*)$/im.exec(head);
  return match ? (normaliseMessageIds(match[1])[0] ?? null) : null;
}

export function dedupeKeyOf(raw: Buffer): {
  key: string;
  sha256: string;
  messageId: string | null;
} {
  const sha256 = createHash("sha256").update(raw).digest("hex");
  const messageId = rawMessageId(raw);
  return { key: messageId ? `mid:${messageId}` : `sha256:${sha256}`, sha256, messageId };
}

/** Thrown when a webhook delivery's signature was already used: nothing is stored. */
export class ReplayedDelivery extends Error {
  constructor() {
    super("replayed signature");
    this.name = "ReplayedDelivery";
  }
}

const insertRaw = preparedPer((db) =>
  db
    .insert(inboundEmails)
    .values({
      channel: sql.placeholder("channel"),
      rawSealed: sql.placeholder("rawSealed"),
      sizeBytes: sql.placeholder("sizeBytes"),
      sha256: sql.placeholder("sha256"),
      dedupeKey: sql.placeholder("dedupeKey"),
      messageId: sql.placeholder("messageId"),
      receivedAt: sql.placeholder("receivedAt"),
      imapUid: sql.placeholder("imapUid"),
    })
    .onConflictDoNothing({ target: inboundEmails.dedupeKey })
    .returning({ id: inboundEmails.id })
    .prepare("insert_raw_email"),
);

const storedByKey = preparedPer((db) =>
  db
    .select({ id: inboundEmails.id, state: inboundEmails.state })
    .from(inboundEmails)
    .where(eq(inboundEmails.dedupeKey, sql.placeholder("dedupeKey")))
    .prepare("stored_email_by_key"),
);

const recordReplayKey = preparedPer((db) =>
  db
    .insert(webhookReplays)
    .values({ signature: sql.placeholder("signature") })
    .onConflictDoNothing()
    .returning({ signature: webhookReplays.signature })
    .prepare("record_webhook_replay_key"),
);

/**
 * Step 1 of the pipeline, committed on its own before any parsing: the bytes
 * exactly as received, sealed with the current key. The same email delivered twice (same Message-ID, or
 * same bytes when it has none) maps to the one stored row.
 *
 * A webhook delivery's replay key is recorded in the same transaction as the
 * row: a delivery whose storing failed leaves no key behind, so the sender's
 * retry of the identical signed request is stored, not refused as a replay.
 * A key already recorded throws ReplayedDelivery and stores nothing.
 */
export async function storeRawEmail(db: Db, opts: StoreRawEmailOptions): Promise<StoredRaw> {
  const { replayKey } = opts;
  // Sealed before anything is written: without a key nothing is stored (nor a replay key recorded).
  const rawSealed = sealBytes(opts.raw);
  if (replayKey === undefined) return insertOrFind(db, opts, rawSealed);
  return db.transaction(async (tx) => {
    const [fresh] = await recordReplayKey(tx).execute({ signature: replayKey });
    if (!fresh) throw new ReplayedDelivery();
    return insertOrFind(tx, opts, rawSealed);
  });
}

async function insertOrFind(
  db: Tx,
  opts: StoreRawEmailOptions,
  rawSealed: Buffer,
): Promise<StoredRaw> {
  const { key, sha256, messageId } = dedupeKeyOf(opts.raw);
  const receivedAt = opts.receivedAt ?? new Date();
  const [row] = await insertRaw(db).execute({
    channel: opts.channel,
    rawSealed,
    sizeBytes: opts.raw.length,
    sha256,
    dedupeKey: key,
    messageId,
    receivedAt,
    imapUid: opts.imapUid ?? null,
  });
  if (row)
    return {
      emailId: row.id,
      duplicate: false,
      dedupeKey: key,
      state: "received",
      stored: { raw: opts.raw, receivedAt, messageId },
    };
  const [existing] = await storedByKey(db).execute({ dedupeKey: key });
  if (!existing) throw new Error(`email ${key} conflicted on insert but is not stored`);
  return {
    emailId: existing.id,
    duplicate: true,
    dedupeKey: key,
    state: existing.state,
    stored: null,
  };
}
