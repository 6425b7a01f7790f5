import { z } from "zod";
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
  run: (_data, { db }) => retryStuckEmails(db),
});
