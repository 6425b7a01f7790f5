/**
 * Reads a request body up to `maxBytes`, refusing early: a declared
 * Content-Length above the cap is refused before reading, and a body that
 * streams past it stops being read at the cap (never buffered whole).
 */
export async function readCappedBody(
  req: Request,
  maxBytes: number,
): Promise<Buffer | "too_large"> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return "too_large";
  if (!req.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return "too_large";
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
