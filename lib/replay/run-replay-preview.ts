import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { countInScope, scopeBatch } from "@/db/queries/replay/preview-scope";
import { replayPreviews, type ReplayPreview } from "@/db/schema";
import { compareBatch, loadPreviewBatch } from "./compare-preview-batch";
import { changesOf } from "./preview-changes";
import { claimPreview, failPreview, finishPreview } from "./preview-run-status";
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
  /** Requests this run compared (an open one evaluated both ways, a stored evaluation re-run). */
  compared: number;
  ms: PreviewTimings;
};

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
  const preview = await claimPreview(db, o.previewId);
  if (!preview) return null;
  const ms: PreviewTimings = { load: 0, evaluate: 0, diff: 0, write: 0 };
  const run = {
    total: preview.total ?? 0,
    processed: preview.processed,
    changed: preview.changed,
    compared: 0,
  };
  try {
    if (preview.total === null) {
      run.total = await countInScope(db, preview.scope);
      await db
        .update(replayPreviews)
        .set({ total: run.total })
        .where(eq(replayPreviews.id, preview.id));
    }
    // One batch ahead: the next batch loads (PostgreSQL) while this one is evaluated (here), and
    // this one's write is awaited only before the next write, so the writes stay in order.
    const fetch = (after: string | null) => {
      const p = (async () => {
        const batch = await scopeBatch(db, preview.scope, after, o.batchSize ?? 1000);
        return { batch, loaded: batch.length ? await loadPreviewBatch(db, preview, batch) : null };
      })();
      p.catch(() => undefined);
      return p;
    };
    let next = fetch(preview.cursor);
    let writing: Promise<boolean> = Promise.resolve(true);
    const written = async () => {
      const t = performance.now();
      const kept = await writing;
      ms.write += since(t);
      return kept;
    };
    for (;;) {
      if (o.signal?.aborted) {
        await written();
        return { status: "running", ...run, ms };
      }
      let t = performance.now();
      const { batch, loaded } = await next;
      ms.load += since(t);
      if (batch.length === 0 || !loaded) break;
      const cursor = batch[batch.length - 1]!.id;
      next = fetch(cursor);
      t = performance.now();
      const compared = compareBatch(preview, batch, loaded);
      run.compared += compared.size;
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
      if (!(await written())) return { status: "discarded", ...run, ms };
      writing = writePreviewBatch(db, preview.id, {
        rows,
        processed: batch.length,
        changed,
        cursor,
      }).then((kept) => {
        if (kept) {
          run.processed += batch.length;
          run.changed += changed;
        }
        return kept;
      });
      writing.catch(() => undefined);
    }
    if (!(await written())) return { status: "discarded", ...run, ms };
    const done = await finishPreview(db, preview.id);
    return { status: done ? "done" : "discarded", ...run, ms };
  } catch (err) {
    await failPreview(db, preview.id, err);
    return { status: "failed", ...run, ms };
  }
}
