import { getDb } from "@/db/client";
import { exportClient } from "@/db/queries/export/stream-rows";
import { isUuid } from "@/lib/ids";
import { exportReplayPreview } from "@/lib/export/export-replay-preview";
import { AppError } from "@/lib/server/app-error";
import { route } from "@/lib/server/route";

/** A replay preview's changes as CSV (streamed, audited): for the managers who may preview. */
export const GET = route<{ params: Promise<{ id: string }> }>(
  "settings.write",
  async (_req, ctx, user) => {
    const { id } = await ctx.params;
    if (!isUuid(id)) throw new AppError("NOT_FOUND", { userMessage: "No such preview." });
    return exportReplayPreview(getDb(), exportClient(), { userId: user.id, previewId: id });
  },
);
