import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { inboundEmails } from "@/db/schema";
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
    const [e] = await getDb()
      .select({ html: inboundEmails.bodyHtml })
      .from(inboundEmails)
      .where(eq(inboundEmails.id, id));
    if (!e?.html) return new Response("Not found", { status: 404 });
    return new Response(e.html, {
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
