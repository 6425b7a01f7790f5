import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { inboundEmails, type InboundEmail } from "@/db/schema";
import { clientOf, compileInsert, run } from "@/db/statements";
import type { EMAIL_CHANNELS, INBOUND_STATES } from "@/db/schema/enums";
import { normaliseMessageIds } from "@/lib/ingest/map-parsed-mail";
import { splitHeadAndBody } from "@/lib/ingest/read-raw-parts";

export type EmailChannel = (typeof EMAIL_CHANNELS)[number];

export type StoreRawEmailOptions = {
  raw: Buffer;
  channel: EmailChannel;
  /** When the mailbox got it; defaults to now. */
  receivedAt?: Date;
  /** IMAP UID, so polling can resume exactly where it stopped. */
  imapUid?: number;
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

const INSERT_RAW = compileInsert(
  inboundEmails,
  ["channel", "raw", "sizeBytes", "sha256", "dedupeKey", "messageId", "receivedAt", "imapUid"],
  {
    onConflictDoNothing: "dedupeKey",
    returning: ["id"],
  },
);

/**
 * Step 1 of the pipeline, committed on its own before any parsing: the bytes
 * exactly as received. The same email delivered twice (same Message-ID, or
 * same bytes when it has none) maps to the one stored row.
 */
export async function storeRawEmail(db: Db, opts: StoreRawEmailOptions): Promise<StoredRaw> {
  const { key, sha256, messageId } = dedupeKeyOf(opts.raw);
  const receivedAt = opts.receivedAt ?? new Date();
  const client = clientOf(db);
  const [row] = await INSERT_RAW(client, {
    channel: opts.channel,
    raw: opts.raw,
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
  const [existing] = await run<Pick<InboundEmail, "id" | "state">>(
    client,
    inboundEmails,
    `SELECT id, state FROM inbound_emails WHERE dedupe_key = $1`,
    [key],
  );
  return {
    emailId: existing!.id,
    duplicate: true,
    dedupeKey: key,
    state: existing!.state,
    stored: null,
  };
}
