import type postgres from "postgres";
import type { Db } from "@/db/client";
import { streamRows } from "@/db/queries/export/stream-rows";
import { getReplayPreview, previewChangesQuery } from "@/db/queries/replay/replay-previews";
import { AppError } from "@/lib/server/app-error";
import type { CsvColumn } from "./csv";
import { csvResponse } from "./csv-response";
import { recordExport } from "./record-export";

type ChangeRow = {
  ref: string;
  field: string;
  before: string | null;
  after: string | null;
  currency: string | null;
};

/** Machine-readable: outcome and destination words, minor units, clause ids, ISO instants. */
export const REPLAY_PREVIEW_COLUMNS: CsvColumn<ChangeRow>[] = [
  { header: "request", value: (r) => r.ref },
  { header: "field", value: (r) => r.field },
  { header: "before", value: (r) => r.before },
  { header: "after", value: (r) => r.after },
  { header: "currency", value: (r) => r.currency },
];

async function* changeRows(client: postgres.Sql, previewId: string) {
  for await (const raw of streamRows(client, previewChangesQuery(previewId)))
    yield raw as ChangeRow;
}

/** A preview's changes as a streamed CSV, the export audited before the first byte. */
export async function exportReplayPreview(
  db: Db,
  client: postgres.Sql,
  o: { userId: string; previewId: string; now?: Date },
): Promise<Response> {
  if (!(await getReplayPreview(db, o.previewId)))
    throw new AppError("NOT_FOUND", { userMessage: "No such preview." });
  await recordExport(db, {
    userId: o.userId,
    view: "replay_preview",
    filter: new URLSearchParams({ preview: o.previewId }),
  });
  const day = (o.now ?? new Date()).toISOString().slice(0, 10);
  return csvResponse({
    filename: `replay-preview-${day}.csv`,
    columns: REPLAY_PREVIEW_COLUMNS,
    rows: changeRows(client, o.previewId),
  });
}
