"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { discardReplayPreview } from "@/lib/replay/discard-replay-preview";
import { action } from "@/lib/server/action";

const discardReplayPreviewSchema = z.object({ previewId: z.uuid("Not a preview") });

/** Manager: keep the saved calendar and throw the preview's changes away. */
export const discardReplayPreviewAction = action(
  {
    name: "discardReplayPreview",
    schema: discardReplayPreviewSchema,
    permission: "settings.write",
  },
  async (input) => discardReplayPreview(getDb(), input.previewId),
);
