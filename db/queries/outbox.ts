import { desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { outboundEmails, refundRequests, users } from "../schema";

/** Replies to customers, newest first: drafts waiting for a reviewer, queued, sending, sent (SMTP or demo outbox), failed. */
export async function listOutbox(db: Db, limit = 100) {
  return db
    .select({
      id: outboundEmails.id,
      state: outboundEmails.state,
      toAddress: outboundEmails.toAddress,
      subject: outboundEmails.subject,
      body: outboundEmails.body,
      createdAt: outboundEmails.createdAt,
      sentAt: outboundEmails.sentAt,
      deliveredVia: outboundEmails.deliveredVia,
      error: outboundEmails.error,
      attempts: outboundEmails.attempts,
      nextAttemptAt: outboundEmails.nextAttemptAt,
      requestId: outboundEmails.requestId,
      ref: refundRequests.ref,
      author: users.name,
    })
    .from(outboundEmails)
    .innerJoin(refundRequests, eq(refundRequests.id, outboundEmails.requestId))
    .leftJoin(users, eq(users.id, outboundEmails.createdBy))
    .orderBy(desc(outboundEmails.createdAt))
    .limit(limit);
}
