import { z } from "zod";
import { sharedModels } from "@/lib/ingest/learn/models";
import { defineJob } from "../define-job";
import { retryStuckEmails } from "../retry-stuck-emails";

/** Emails whose processing failed after they were stored, retried every minute (100 at most per run). */
export const retryStuckEmailsJob = defineJob({
  name: "retry-stuck-emails",
  data: z.object({}),
  schedule: "* * * * *",
  policy: "singleton",
  expireInSeconds: 120,
  retry: { limit: 2, delaySeconds: 10 },
  // Both extract fields from mail: the models are trained before the first email, not during it.
  warmUp: sharedModels,
  run: (_data, { db }) => retryStuckEmails(db),
});
