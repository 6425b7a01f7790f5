import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboundEmails } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";

/** A reviewer releases a drafted reply (e.g. the REQ-INCOMPLETE request for details) for sending. */
export async function sendDraftReply(
  db: Db,
  opts: { actorId: string; outboundId: string; body?: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(outboundEmails)
      .set({ state: "queued", createdBy: opts.actorId, ...(opts.body ? { body: opts.body } : {}) })
      .where(and(eq(outboundEmails.id, opts.outboundId), eq(outboundEmails.state, "draft")))
      .returning({ requestId: outboundEmails.requestId });
    const [released] = rows;
    if (!released)
      throw new AppError("CONFLICT", { userMessage: "This reply is no longer a draft." });
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "reply.released",
      entityType: "request",
      entityId: released.requestId,
      data: { outboundId: opts.outboundId },
    });
  });
}
