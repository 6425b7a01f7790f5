import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz } from "./columns";
import { outboundStateEnum } from "./enums";
import { refundRequests } from "./requests";
import { users } from "./users";

/** Replies to customers: drafted, queued, sent by SMTP (or captured in the demo outbox). */
export const outboundEmails = pgTable(
  "outbound_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    state: outboundStateEnum("state").notNull().default("draft"),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    messageId: text("message_id").notNull().unique(),
    inReplyTo: text("in_reply_to"),
    references: text("references")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid("created_by").references(() => users.id),
    /** What the message is for; "missing_info" marks the REQ-INCOMPLETE request for details (drafted by the pipeline). */
    purpose: text("purpose"),
    sentAt: tstz("sent_at"),
    /** "smtp", or "outbox" when no SMTP server is configured (demo mode: captured, shown in the UI). */
    deliveredVia: text("delivered_via"),
    /** User-safe reason of the last failed attempt (the raw SMTP answer goes to the log only). */
    error: text("error"),
    /** Send attempts started, counted when claimed, so a crash mid-send counts too. */
    attempts: integer("attempts").notNull().default(0),
    /** While queued after a failure: not before this time (backoff). */
    nextAttemptAt: tstz("next_attempt_at"),
    /** While sending: the claim's end; after it another sender may take the message over. */
    leaseUntil: tstz("lease_until"),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbound_emails_request_idx").on(t.requestId, t.createdAt),
    index("outbound_emails_state_idx").on(t.state, t.nextAttemptAt),
    index("outbound_emails_created_by_idx").on(t.createdBy),
  ],
);
export type OutboundEmail = typeof outboundEmails.$inferSelect;
