import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailAttachments, inboundEmails } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { processStoredEmail, type ProcessOutcome } from "./process-stored-email";

export type ResolveQuarantineOptions = {
  actorId: string;
  emailId: string;
  /** retry: run the pipeline again (e.g. after a fix); dismiss: keep the raw message, stop showing it; release: treat an auto-reply/loop as a real request. */
  mode: "retry" | "dismiss";
};

/**
 * An admin's answer to a quarantined message. The raw bytes are never
 * deleted: dismissing only hides the message from the quarantine list.
 */
export async function resolveQuarantine(
  db: Db,
  opts: ResolveQuarantineOptions,
): Promise<ProcessOutcome | null> {
  const [email] = await db
    .select({
      id: inboundEmails.id,
      state: inboundEmails.state,
      reason: inboundEmails.quarantineReason,
    })
    .from(inboundEmails)
    .where(eq(inboundEmails.id, opts.emailId));
  if (!email || !["quarantined", "received"].includes(email.state)) {
    throw new AppError("NOT_FOUND", { userMessage: "This message is not in quarantine any more." });
  }
  if (opts.mode === "dismiss") {
    await db.transaction(async (tx) => {
      await tx
        .update(inboundEmails)
        .set({ state: "dismissed", handledBy: opts.actorId })
        .where(
          and(
            eq(inboundEmails.id, email.id),
            inArray(inboundEmails.state, ["quarantined", "received"]),
          ),
        );
      await recordAudit(tx, {
        actorId: opts.actorId,
        action: "email.dismissed",
        entityType: "email",
        entityId: email.id,
        data: { reason: email.reason },
      });
    });
    return null;
  }
  await db.transaction(async (tx) => {
    // Re-checked under the row lock: a double click, or the retry job finishing it meanwhile, must not process it twice.
    const reset = await tx
      .update(inboundEmails)
      .set({
        state: "received",
        quarantineReason: null,
        quarantineDetail: null,
        handledBy: opts.actorId,
      })
      .where(
        and(
          eq(inboundEmails.id, email.id),
          inArray(inboundEmails.state, ["quarantined", "received"]),
        ),
      )
      .returning({ id: inboundEmails.id });
    if (reset.length === 0)
      throw new AppError("CONFLICT", {
        userMessage: "This message was processed meanwhile; reload the page.",
      });
    // A retry parses from the raw bytes again; attachments are re-extracted.
    await tx.delete(emailAttachments).where(eq(emailAttachments.emailId, email.id));
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "email.retried",
      entityType: "email",
      entityId: email.id,
      data: { previousReason: email.reason },
    });
  });
  return processStoredEmail(db, email.id);
}
