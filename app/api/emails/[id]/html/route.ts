import { getDb } from "@/db/client";
import { getEmailHtml } from "@/db/queries/email-files";
import { route } from "@/lib/server/route";
import { isUuid } from "@/lib/ids";

/**
 * A customer's original HTML, never live: the CSP `sandbox` directive runs it
 * in an opaque origin with scripts, forms and plugins off, and blocks every
 * remote load (no tracking pixels, no external CSS).
 */
export const GET = route(
  "requests.read",
  async (_req, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    if (!isUuid(id)) return new Response("Not found", { status: 404 });
    const html = await getEmailHtml(getDb(), id);
    if (!html) return new Response("Not found", { status: 404 });
    return new Response(html, {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy":
          "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
