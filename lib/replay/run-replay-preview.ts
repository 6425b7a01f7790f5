import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countInScope, scopeBatch } from "@/db/queries/replay/preview-scope";
import { replayPreviews, type ReplayPreview } from "@/db/schema";
import { logger } from "@/lib/server/logger";
import { compareBatch, loadPreviewBatch } from "./compare-preview-batch";
import { changesOf } from "./preview-changes";
import { writePreviewBatch, type PreviewRow } from "./write-preview-batch";

export type RunReplayPreviewOptions = {
  previewId: string;
  /** Requests per batch (default 1 000): loaded in a few queries, written in one transaction. */
  batchSize?: number;
  /** Stops between batches (the job's expiry, the runner stopping); a retry carries on from the cursor. */
  signal?: AbortSignal;
};

/** Where the run's time went, in ms: reading, evaluating both sides, diffing, writing. */
export type PreviewTimings = { load: number; evaluate: number; diff: number; write: number };

export type PreviewRun = {
  status: ReplayPreview["status"];
  total: number;
  processed: number;
  changed: number;
  ms: PreviewTimings;
};

/** Takes the preview for this run: a queued one, or a running one a stopped run left (its retry). */
async function claim(db: Db, id: string): Promise<ReplayPreview | null> {
  const [row] = await db
    .update(replayPreviews)
    .set({ status: "running", startedAt: sql`coalesce(${replayPreviews.startedAt}, now())` })
    .where(and(eq(replayPreviews.id, id), inArray(replayPreviews.status, ["queued", "running"])))
    .returning();
  return row ?? null;
}

const since = (t: number) => performance.now() - t;

/**
 * The preview job's work: every request of the scope, a batch at a time in id order, compared
 * without writing anything about the requests (no evaluation, no recommendation, no audit of
 * replay); the fields that would move are stored with the batch's progress and cursor in one
 * transaction, so the page shows "x of N" and a retried run neither loses nor repeats a batch.
 * A preview discarded meanwhile stops at its next batch. A failure marks the preview failed
 * with a reference to the log line.
 */
export async function runReplayPreview(
  db: Db,
  o: RunReplayPreviewOptions,
): Promise<PreviewRun | null> {
  const preview = await claim(db, o.previewId);
  if (!preview) return null;
  const ms: PreviewTimings = { load: 0, evaluate: 0, diff: 0, write: 0 };
  const run = { total: preview.total ?? 0, processed: preview.processed, changed: preview.changed };
  try {
    if (preview.total === null) {
      run.total = await countInScope(db, preview.scope);
      await db
        .update(replayPreviews)
        .set({ total: run.total })
        .where(eq(replayPreviews.id, preview.id));
    }
    let cursor = preview.cursor;
    for (;;) {
      if (o.signal?.aborted) return { status: "running", ...run, ms };
      let t = performance.now();
      const batch = await scopeBatch(db, preview.scope, cursor, o.batchSize ?? 1000);
      if (batch.length === 0) break;
      const loaded = await loadPreviewBatch(db, preview, batch);
      ms.load += since(t);
      t = performance.now();
      const compared = compareBatch(preview, batch, loaded);
      ms.evaluate += since(t);
      t = performance.now();
      const rows: PreviewRow[] = [];
      let changed = 0;
      for (const r of batch) {
        const c = compared.get(r.id);
        const changes = c ? changesOf(c) : [];
        if (changes.length) changed++;
        for (const x of changes) rows.push({ requestId: r.id, ref: r.ref, ...x });
      }
      ms.diff += since(t);
      t = performance.now();
      cursor = batch[batch.length - 1]!.id;
      const kept = await writePreviewBatch(db, preview.id, {
        rows,
        processed: batch.length,
        changed,
        cursor,
      });
      ms.write += since(t);
      if (!kept) return { status: "discarded", ...run, ms };
      run.processed += batch.length;
      run.changed += changed;
    }
    const [done] = await db
      .update(replayPreviews)
      .set({ status: "done", finishedAt: sql`now()` })
      .where(and(eq(replayPreviews.id, preview.id), eq(replayPreviews.status, "running")))
      .returning({ status: replayPreviews.status });
    return { status: done?.status ?? "discarded", ...run, ms };
  } catch (err) {
    const reference = randomUUID();
    logger.error({ reference, previewId: preview.id, err }, "replay preview failed");
    await db
      .update(replayPreviews)
      .set({
        status: "failed",
        finishedAt: sql`now()`,
        error: `stopped with an error (reference ${reference})`,
      })
      .where(and(eq(replayPreviews.id, preview.id), eq(replayPreviews.status, "running")));
    return { status: "failed", ...run, ms };
  }
}
