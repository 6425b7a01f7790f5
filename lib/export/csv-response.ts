import { csvHeader, csvRow, type CsvColumn } from "./csv";

/** Bytes gathered before a chunk is handed to the client: few syscalls, little memory. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A streamed CSV download: the header, then the rows as the client reads
 * them (pull-based, so a slow reader slows the cursor instead of filling
 * memory). A cancelled download stops the iteration, which closes the cursor.
 */
export function csvResponse<R>(o: {
  filename: string;
  columns: readonly CsvColumn<R>[];
  rows: AsyncIterable<R>;
}): Response {
  const it = o.rows[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let headerSent = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = headerSent ? "" : csvHeader(o.columns);
      headerSent = true;
      while (chunk.length < CHUNK_BYTES) {
        const next = await it.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvRow(o.columns, next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await it.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${o.filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
