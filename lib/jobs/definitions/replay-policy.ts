import { z } from "zod";
import { replayPolicy } from "@/lib/requests/replay-policy";
import { defineJob } from "../define-job";

/**
 * Re-evaluates open, undecided requests evaluated with another engine version or calendar:
 * once at the runner's start (a deploy with a new engine), when a manager saves the calendar
 * (woken in that transaction), and every 10 minutes for a wake-up that was lost.
 */
export const replayPolicyJob = defineJob({
  name: "replay-policy",
  data: z.object({}),
  schedule: "*/10 * * * *",
  policy: "singleton",
  // About 18 000 evaluations/s in the engine; batches commit on their own, so a retry carries on.
  expireInSeconds: 600,
  retry: { limit: 3, delaySeconds: 30 },
  run: async (_data, { db, signal }) => replayPolicy(db, { signal }),
});
