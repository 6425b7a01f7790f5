import { getDb } from "@/db/client";
import { getEmailHtml } from "@/db/queries/email-files";
import { can } from "@/lib/auth/permissions";
import { openEmailOriginal } from "@/lib/emails/open-email-original";
import { isUuid } from "@/lib/ids";
import { AppError } from "@/lib/server/app-error";
import { route } from "@/lib/server/route";

/**
 * A customer's HTML, never live: the CSP `sandbox` directive runs it in an opaque origin with
 * scripts, forms and plugins off, and blocks every remote load (no tracking pixels, no
 * external CSS). Served with payment details masked; `?original=1` gives the HTML as sent to
 * managers ("emails.raw"), audited.
 */
export const GET = route(
  "requests.read",
  async (req, ctx: { params: Promise<{ id: string }> }, user) => {
    const { id } = await ctx.params;
    if (!isUuid(id)) return new Response("Not found", { status: 404 });
    const original = new URL(req.url).searchParams.get("original") === "1";
    if (original && !can(user.role, "emails.raw"))
      throw new AppError("FORBIDDEN", { userMessage: "You do not have permission to do that." });
    const html = original
      ? await openEmailOriginal(getDb(), { actorId: user.id, emailId: id, part: "html" })
      : await getEmailHtml(getDb(), id);
    if (html === null) return new Response("Not found", { status: 404 });
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
