import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, createdAt, tstz, updatedAt } from "./columns";
import { emailChannelEnum, inboundStateEnum } from "./enums";
import { refundRequests } from "./requests";
import { users } from "./users";
import type { Extraction } from "@/lib/ingest/extraction-types";

/**
 * Every message that reaches the refunds mailbox, stored byte for byte before
 * any parsing, so nothing the customer sent can be lost. The message and its
 * bodies as sent are sealed (AES-256-GCM, the key id in each value; see
 * lib/ingest/secret-box.ts): in the clear there are only the bodies with every
 * payment detail masked, for display and search.
 */
export const inboundEmails = pgTable(
  "inbound_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channel: emailChannelEnum("channel").notNull(),
    /**
     * The message in the clear, from before sealing (migration 0021): the seal step (`npm start`,
     * `keys:rotate`) moves it into raw_sealed. Null on every row written since.
     */
    raw: bytea("raw"),
    /** The message byte for byte, sealed. */
    rawSealed: bytea("raw_sealed"),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    /** Message-ID without angle brackets, or `sha256:<hash>` when it has none: one record per email. */
    dedupeKey: text("dedupe_key").notNull(),
    messageId: text("message_id"),
    inReplyTo: text("in_reply_to"),
    references: text("references")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fromAddress: text("from_address"),
    fromName: text("from_name"),
    subject: text("subject"),
    sentAt: tstz("sent_at"),
    receivedAt: tstz("received_at").notNull().defaultNow(),
    /** The text part with payment details masked (lengths kept): what the request page shows. */
    bodyText: text("body_text"),
    /** The HTML part with payment details masked: what /api/emails/:id/html serves. */
    bodyHtml: text("body_html"),
    /** The text and HTML parts as sent, sealed. */
    bodyTextSealed: bytea("body_text_sealed"),
    bodyHtmlSealed: bytea("body_html_sealed"),
    extraction: jsonb("extraction").$type<Extraction>(),
    state: inboundStateEnum("state").notNull().default("received"),
    quarantineReason: text("quarantine_reason"),
    quarantineDetail: text("quarantine_detail"),
    requestId: uuid("request_id").references(() => refundRequests.id),
    /** IMAP source position, so a restart neither re-imports nor skips. */
    imapUid: bigint("imap_uid", { mode: "number" }),
    handledBy: uuid("handled_by").references(() => users.id),
    /** Failed processing attempts so far (retryStuckEmails quarantines after the last allowed one). */
    processAttempts: integer("process_attempts").notNull().default(0),
    /** The error of the last failed processing attempt. */
    lastError: text("last_error"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("inbound_emails_dedupe_uq").on(t.dedupeKey),
    // Threading a reply that arrived before its original: "which stored email points at this Message-ID?"
    index("inbound_emails_in_reply_to_idx").on(t.inReplyTo),
    index("inbound_emails_references_idx").using("gin", t.references),
    index("inbound_emails_request_idx").on(t.requestId, t.receivedAt),
    index("inbound_emails_state_idx").on(t.state),
    index("inbound_emails_message_id_idx").on(t.messageId),
    index("inbound_emails_handled_by_idx").on(t.handledBy),
    // The seal step finds the rows still in the clear without reading the others.
    index("inbound_emails_unsealed_idx")
      .on(t.id)
      .where(sql`${t.raw} IS NOT NULL`),
    check("inbound_emails_size_nonneg", sql`${t.sizeBytes} >= 0`),
    check("inbound_emails_raw_once", sql`(${t.raw} IS NULL) <> (${t.rawSealed} IS NULL)`),
    check(
      "inbound_emails_quarantine_reason",
      sql`(${t.state} = 'quarantined') <= (${t.quarantineReason} IS NOT NULL)`,
    ),
  ],
);
export type InboundEmail = typeof inboundEmails.$inferSelect;

export const emailAttachments = pgTable(
  "email_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    emailId: uuid("email_id")
      .notNull()
      .references(() => inboundEmails.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    /** The bytes in the clear, from before sealing (migration 0021); null once sealed. */
    content: bytea("content"),
    /** The bytes as sent, sealed: an attachment carries what a body does (a forwarded mail, a text file). */
    contentSealed: bytea("content_sealed"),
  },
  (t) => [
    index("email_attachments_email_idx").on(t.emailId),
    index("email_attachments_unsealed_idx")
      .on(t.id)
      .where(sql`${t.content} IS NOT NULL`),
    check(
      "email_attachments_content_once",
      sql`(${t.content} IS NULL) <> (${t.contentSealed} IS NULL)`,
    ),
  ],
);
