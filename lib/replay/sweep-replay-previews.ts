import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { replayPreviews } from "@/db/schema";

/** Previews are deleted (with their changes) this long after they were asked for. */
export const PREVIEW_KEPT_MS = 7 * 86_400_000;
/** A preview still queued or running after this long belongs to a worker that gave up. */
export const PREVIEW_ABANDONED_AFTER_MS = 3_600_000;
/** A queued preview older than this lost its wake-up (no runner listened): it is sent again. */
const WAKE_UP_LOST_AFTER_MS = 30_000;

const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);

/**
 * The preview job's sweep (scheduled, and at the runner's start): deletes previews older than a
 * week, marks failed those no worker finished within the hour, and returns the queued ones whose
 * wake-up was lost, for the job to send again.
 */
export async function sweepReplayPreviews(
  db: Db,
  now = new Date(),
): Promise<{ pruned: number; abandoned: number; requeue: string[] }> {
  const pruned = await db
    .delete(replayPreviews)
    .where(lt(replayPreviews.createdAt, ago(now, PREVIEW_KEPT_MS)))
    .returning({ id: replayPreviews.id });
  const abandoned = await db
    .update(replayPreviews)
    .set({
      status: "failed",
      finishedAt: sql`now()`,
      error: "abandoned: no worker finished it within an hour",
    })
    .where(
      and(
        inArray(replayPreviews.status, ["queued", "running"]),
        lt(replayPreviews.createdAt, ago(now, PREVIEW_ABANDONED_AFTER_MS)),
      ),
    )
    .returning({ id: replayPreviews.id });
  const queued = await db
    .select({ id: replayPreviews.id })
    .from(replayPreviews)
    .where(
      and(
        eq(replayPreviews.status, "queued"),
        lt(replayPreviews.createdAt, ago(now, WAKE_UP_LOST_AFTER_MS)),
      ),
    );
  return {
    pruned: pruned.length,
    abandoned: abandoned.length,
    requeue: queued.map((q) => q.id),
  };
}
