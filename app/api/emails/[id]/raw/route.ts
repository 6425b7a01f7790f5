import { getDb } from "@/db/client";
import { getRawEmail } from "@/db/queries/email-files";
import { route } from "@/lib/server/route";
import { isUuid } from "@/lib/ids";

/** The stored original, byte for byte, as a download. */
export const GET = route(
  "requests.read",
  async (_req, ctx: { params: Promise<{ id: string }> }) => {
    const { id } = await ctx.params;
    if (!isUuid(id)) return new Response("Not found", { status: 404 });
    const raw = await getRawEmail(getDb(), id);
    if (!raw) return new Response("Not found", { status: 404 });
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
