import { desc, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { inboundEmails } from "../schema";

/** Messages kept out of the request flow (and any whose processing is still pending), newest first. */
export async function listQuarantine(db: Db, limit = 200) {
  return db
    .select({
      id: inboundEmails.id,
      state: inboundEmails.state,
      channel: inboundEmails.channel,
      fromAddress: inboundEmails.fromAddress,
      subject: inboundEmails.subject,
      receivedAt: inboundEmails.receivedAt,
      sizeBytes: inboundEmails.sizeBytes,
      reason: inboundEmails.quarantineReason,
      detail: inboundEmails.quarantineDetail,
    })
    .from(inboundEmails)
    .where(inArray(inboundEmails.state, ["quarantined", "received"]))
    .orderBy(desc(inboundEmails.receivedAt))
    .limit(limit);
}
