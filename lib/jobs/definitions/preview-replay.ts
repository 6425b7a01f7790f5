import { z } from "zod";
import { runReplayPreview } from "@/lib/replay/run-replay-preview";
import { sweepReplayPreviews } from "@/lib/replay/sweep-replay-previews";
import { defineJob } from "../define-job";

/**
 * A manager's policy replay preview (lib/replay): woken at the commit of "Preview the effect"
 * with the preview's id, one run per preview at a time (its singleton key). Without an id (the
 * schedule, and the runner's start) it sweeps: prunes week-old previews, fails abandoned ones and
 * sends again those whose wake-up was lost.
 */
export const previewReplayJob = defineJob({
  name: "preview-replay",
  data: z.object({ previewId: z.uuid().optional() }),
  singletonKey: (d) => d.previewId ?? "sweep",
  schedule: "*/10 * * * *",
  policy: "singleton",
  // 200 000 requests take well under a minute (npm run bench:replay); a retry carries on from the cursor.
  expireInSeconds: 600,
  retry: { limit: 2, delaySeconds: 10 },
  run: async (data, { db, signal, enqueue }) => {
    if (data.previewId) return runReplayPreview(db, { previewId: data.previewId, signal });
    const swept = await sweepReplayPreviews(db);
    for (const previewId of swept.requeue) await enqueue("preview-replay", { previewId });
    return swept;
  },
});
