import { z } from "zod";
import { dueOutboundEmails } from "@/lib/requests/due-outbound-emails";
import { defineJob } from "../define-job";

/** The backstop of send-reply: every minute, a send-reply job for each reply due for an attempt. */
export const sendQueuedRepliesJob = defineJob({
  name: "send-queued-replies",
  data: z.object({}),
  schedule: "* * * * *",
  policy: "singleton",
  expireInSeconds: 60,
  retry: { limit: 2, delaySeconds: 10 },
  run: async (_data, { db, enqueue }) => {
    const ids = await dueOutboundEmails(db);
    for (const outboundId of ids) await enqueue("send-reply", { outboundId });
    return { due: ids.length };
  },
});
