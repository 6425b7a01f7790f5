import { getDb } from "@/db/client";
import { openEmailOriginal } from "@/lib/emails/open-email-original";
import { isUuid } from "@/lib/ids";
import { route } from "@/lib/server/route";

/**
 * The email as sent, byte for byte, as a download: full payment details included, so managers
 * only ("emails.raw"), and each download is audited before a byte is served.
 */
export const GET = route(
  "emails.raw",
  async (_req, ctx: { params: Promise<{ id: string }> }, user) => {
    const { id } = await ctx.params;
    if (!isUuid(id)) return new Response("Not found", { status: 404 });
    const raw = await openEmailOriginal(getDb(), {
      actorId: user.id,
      emailId: id,
      part: "message",
    });
    if (raw === null) return new Response("Not found", { status: 404 });
    return new Response(new Uint8Array(raw), {
      headers: {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": `attachment; filename="email-${id}.eml"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
