import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { replayPreviews, type ReplayPreview } from "@/db/schema";
import { logger } from "@/lib/server/logger";

/** Takes the preview for this run: a queued one, or a running one a stopped run left (its retry). */
export async function claimPreview(db: Db, id: string): Promise<ReplayPreview | null> {
  const [row] = await db
    .update(replayPreviews)
    .set({ status: "running", startedAt: sql`coalesce(${replayPreviews.startedAt}, now())` })
    .where(and(eq(replayPreviews.id, id), inArray(replayPreviews.status, ["queued", "running"])))
    .returning();
  return row ?? null;
}

/** The run went through every batch: done (false when the preview was discarded meanwhile). */
export async function finishPreview(db: Db, id: string): Promise<boolean> {
  const [done] = await db
    .update(replayPreviews)
    .set({ status: "done", finishedAt: sql`now()` })
    .where(and(eq(replayPreviews.id, id), eq(replayPreviews.status, "running")))
    .returning({ id: replayPreviews.id });
  return done !== undefined;
}

/** The run stopped with an error: failed, the page showing a reference to the log line with the cause. */
export async function failPreview(db: Db, id: string, err: unknown): Promise<void> {
  const reference = randomUUID();
  logger.error({ reference, previewId: id, err }, "replay preview failed");
  await db
    .update(replayPreviews)
    .set({
      status: "failed",
      finishedAt: sql`now()`,
      error: `stopped with an error (reference ${reference})`,
    })
    .where(and(eq(replayPreviews.id, id), eq(replayPreviews.status, "running")));
}
