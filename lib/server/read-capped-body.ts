/**
 * Reads a request body into memory up to `maxBytes`, handing each chunk to `onChunk` as it
 * arrives (e.g. a MAC computed while streaming). Returns null as soon as the body passes the
 * cap: reading stops there, so no more than the cap is ever held, and what the sender still
 * pushes waits unread until the connection closes.
 */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<Buffer | null> {
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return Buffer.concat(chunks, size);
      size += value.byteLength;
      if (size > maxBytes) return null;
      onChunk?.(value);
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
}

/** The declared Content-Length, when there is a valid one. */
export function declaredLength(headers: Headers): number | null {
  const v = headers.get("content-length");
  return v !== null && /^\d{1,15}$/.test(v) ? Number(v) : null;
}
