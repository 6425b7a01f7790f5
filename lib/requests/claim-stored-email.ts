import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { preparedPer } from "@/db/prepared";
import { emailAttachments, inboundEmails } from "@/db/schema";
import type { ParsedAttachment } from "@/lib/ingest/parsed-email-types";
import { recordAudit } from "@/lib/audit/record-audit";
import { openStoredBytes, sealBytes } from "@/lib/sealing/open-sealed";
import type { EmailColumns } from "./parsed-columns";
import type { StoredEmail } from "./store-raw-email";

/** Processing lost the race for this email: another delivery or a retry is processing (or has processed) it. */
export class AlreadyClaimed extends Error {
  constructor(emailId: string) {
    super(`email ${emailId} is no longer in state received`);
    this.name = "AlreadyClaimed";
  }
}

const lockEmailRow = preparedPer((tx) =>
  tx
    .select({ state: inboundEmails.state })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, sql.placeholder("id")))
    .for("update")
    .prepare("lock_inbound_email"),
);

/**
 * Locks the email row until commit. Throws AlreadyClaimed when it is no longer waiting to be
 * processed: of two concurrent processings of one email (a duplicate delivery racing the
 * first, a retry racing a redelivery) the second waits on the lock, finds it processed and
 * rolls back.
 */
export async function claimEmail(tx: Tx, emailId: string): Promise<void> {
  const [row] = await lockEmailRow(tx).execute({ id: emailId });
  if (row?.state !== "received") throw new AlreadyClaimed(emailId);
}

/**
 * The one UPDATE of the email row per processing: parsed columns, state, extraction, request
 * link. Only a row still in "received" is updated (the claim, for paths that did not lock it
 * first).
 */
export async function finishEmail(tx: Tx, emailId: string, set: EmailColumns): Promise<void> {
  const rows = await tx
    .update(inboundEmails)
    .set(set)
    .where(and(eq(inboundEmails.id, emailId), eq(inboundEmails.state, "received")))
    .returning({ id: inboundEmails.id })
    .prepare("finish_inbound_email")
    .execute();
  if (rows.length === 0) throw new AlreadyClaimed(emailId);
}

/** The email's attachments, stored beside it, sealed. */
export async function insertAttachments(
  tx: Tx,
  emailId: string,
  attachments: ParsedAttachment[],
): Promise<void> {
  if (attachments.length === 0) return;
  await tx.insert(emailAttachments).values(
    attachments.map((a) => ({
      emailId,
      filename: a.filename ?? "attachment",
      contentType: a.contentType,
      sizeBytes: a.size,
      sha256: a.sha256,
      contentSealed: sealBytes(a.content),
    })),
  );
}

/** Keeps the email out of the request flow, with the reason a reviewer reads (audited). */
export async function quarantineEmail(
  tx: Tx,
  emailId: string,
  reason: string,
  detail: string,
  columns: EmailColumns = {},
): Promise<{ kind: "quarantined"; reason: string }> {
  await finishEmail(tx, emailId, {
    ...columns,
    state: "quarantined",
    quarantineReason: reason,
    quarantineDetail: detail,
  });
  await recordAudit(tx, {
    actorId: null,
    action: "email.quarantined",
    entityType: "email",
    entityId: emailId,
    data: { reason, detail },
  });
  return { kind: "quarantined", reason };
}

/** A stored email's bytes (opened), to process; null when it is no longer waiting to be processed. */
export async function loadReceivedEmail(db: Db, emailId: string): Promise<StoredEmail | null> {
  const [row] = await db
    .select({
      raw: inboundEmails.raw,
      rawSealed: inboundEmails.rawSealed,
      receivedAt: inboundEmails.receivedAt,
      messageId: inboundEmails.messageId,
      state: inboundEmails.state,
    })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, emailId))
    .limit(1);
  if (!row) throw new Error(`email ${emailId} not found`);
  if (row.state !== "received") return null;
  const raw = openStoredBytes({ sealed: row.rawSealed, clear: row.raw });
  return { raw, receivedAt: row.receivedAt, messageId: row.messageId };
}

/** Runs one processing transaction; losing the claim (AlreadyClaimed, rolled back) yields null. */
export async function claimed<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AlreadyClaimed) return null;
    throw err;
  }
}
