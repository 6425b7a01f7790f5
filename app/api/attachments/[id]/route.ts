import { getDb } from "@/db/client";
import { openAttachment } from "@/lib/emails/open-attachment";
import { route } from "@/lib/server/route";
import { isUuid } from "@/lib/ids";
import { attachmentDisposition } from "@/lib/server/content-disposition";

// Types a browser may show inline safely; everything is still served as a download.
const SAFE_TYPES = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/gif",
  "text/plain",
]);

/**
 * Attachment download: always Content-Disposition attachment, never sniffed, never HTML. Text
 * comes with payment details masked, a forwarded message to managers only (see openAttachment).
 */
export const GET = route(
  "requests.read",
  async (_req, ctx: { params: Promise<{ id: string }> }, user) => {
    const { id } = await ctx.params;
    if (!isUuid(id)) return new Response("Not found", { status: 404 });
    const a = await openAttachment(getDb(), { user, attachmentId: id });
    if (!a) return new Response("Not found", { status: 404 });
    const type = SAFE_TYPES.has(a.contentType.toLowerCase())
      ? a.contentType.toLowerCase()
      : "application/octet-stream";
    return new Response(new Uint8Array(a.content), {
      headers: {
        "Content-Type": type,
        "Content-Disposition": attachmentDisposition(a.filename),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
