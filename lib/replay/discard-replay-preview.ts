import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { replayPreviewChanges, replayPreviews } from "@/db/schema";
import { AppError } from "@/lib/server/app-error";

/**
 * "Discard": the manager keeps the saved calendar. The preview is marked discarded (a run still
 * going stops at its next batch) and its changes are deleted at once; the row itself goes with
 * the week's pruning.
 */
export async function discardReplayPreview(db: Db, previewId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(replayPreviews)
      .set({ status: "discarded", finishedAt: sql`coalesce(${replayPreviews.finishedAt}, now())` })
      .where(and(eq(replayPreviews.id, previewId), ne(replayPreviews.status, "discarded")))
      .returning({ id: replayPreviews.id });
    if (!row)
      throw new AppError("NOT_FOUND", {
        userMessage: "This preview no longer exists or was already discarded.",
      });
    await tx.delete(replayPreviewChanges).where(eq(replayPreviewChanges.previewId, previewId));
  });
}
