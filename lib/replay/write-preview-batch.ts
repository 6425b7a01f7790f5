import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { replayPreviews } from "@/db/schema";
import type { ReplayChange } from "./diff-snapshots";

/** One changed field of one request, as replay_preview_changes stores it. */
export type PreviewRow = ReplayChange & { requestId: string; ref: string };

/**
 * One batch's changes and the preview's progress, in one transaction: all rows in one INSERT (a
 * single jsonb parameter, however many), then processed, changed and the cursor moved on. The
 * progress update runs first and only while the preview is running, so a discarded preview
 * gets no rows. False: the preview is no longer running.
 */
export async function writePreviewBatch(
  db: Db,
  previewId: string,
  b: { rows: PreviewRow[]; processed: number; changed: number; cursor: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [kept] = await tx
      .update(replayPreviews)
      .set({
        processed: sql`${replayPreviews.processed} + ${b.processed}`,
        changed: sql`${replayPreviews.changed} + ${b.changed}`,
        cursor: b.cursor,
      })
      .where(and(eq(replayPreviews.id, previewId), eq(replayPreviews.status, "running")))
      .returning({ id: replayPreviews.id });
    if (!kept) return false;
    if (b.rows.length)
      await tx.execute(sql`
        INSERT INTO replay_preview_changes (preview_id, request_id, ref, field, before, after, currency)
        SELECT ${previewId}::uuid, x."requestId", x.ref, x.field, x.before, x.after, x.currency
        FROM jsonb_to_recordset(${JSON.stringify(b.rows)}::jsonb)
          AS x("requestId" uuid, ref text, field text, before text, after text, currency char(3))
        ON CONFLICT DO NOTHING`);
    return true;
  });
}
