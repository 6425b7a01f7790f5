import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import {
  replayPreviewChanges,
  replayPreviews,
  users,
  type ReplayPreview,
  type ReplayPreviewChange,
} from "../../schema";

export type ReplayPreviewView = ReplayPreview & { requestedByName: string };

/** One preview with the name of the manager who asked for it; null when there is none. */
export async function getReplayPreview(db: Db, id: string): Promise<ReplayPreviewView | null> {
  const [row] = await db
    .select({ preview: replayPreviews, name: users.name })
    .from(replayPreviews)
    .innerJoin(users, eq(users.id, replayPreviews.requestedBy))
    .where(eq(replayPreviews.id, id));
  return row ? { ...row.preview, requestedByName: row.name } : null;
}

/** The latest previews, newest first (the settings page links them). */
export function recentReplayPreviews(db: Db, limit = 5) {
  return db
    .select({
      id: replayPreviews.id,
      mode: replayPreviews.mode,
      status: replayPreviews.status,
      scope: replayPreviews.scope,
      changed: replayPreviews.changed,
      createdAt: replayPreviews.createdAt,
      requestedByName: users.name,
    })
    .from(replayPreviews)
    .innerJoin(users, eq(users.id, replayPreviews.requestedBy))
    .orderBy(desc(replayPreviews.createdAt))
    .limit(limit);
}

/** Where a page of changes starts: after this reference and field. */
export type ChangesCursor = { ref: string; field: string };

export type PreviewChangesPage = { rows: ReplayPreviewChange[]; next: ChangesCursor | null };

/** A page of a preview's changes in reference order (keyset: flat however many there are). */
export async function listPreviewChanges(
  db: Db,
  previewId: string,
  o: { after?: ChangesCursor | null; limit: number },
): Promise<PreviewChangesPage> {
  const c = replayPreviewChanges;
  const rows = await db
    .select()
    .from(c)
    .where(
      and(
        eq(c.previewId, previewId),
        o.after ? sql`(${c.ref}, ${c.field}) > (${o.after.ref}, ${o.after.field})` : undefined,
      ),
    )
    .orderBy(c.ref, c.field)
    .limit(o.limit + 1);
  const page = rows.slice(0, o.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    next: rows.length > o.limit && last ? { ref: last.ref, field: last.field } : null,
  };
}

/** Every change of a preview in reference order, for a streamed export. */
export function previewChangesQuery(previewId: string): SQL {
  return sql`SELECT ref, field, before, after, currency
    FROM replay_preview_changes WHERE preview_id = ${previewId}::uuid ORDER BY ref, field`;
}
