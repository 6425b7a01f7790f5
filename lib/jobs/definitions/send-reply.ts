import { z } from "zod";
import { sendOutboundEmail } from "@/lib/requests/send-outbound-emails";
import { defineJob } from "../define-job";

/**
 * Sends one queued reply (lib/requests/send-outbound-emails.ts), woken by the NOTIFY of the
 * trigger on outbound_emails when a reply is queued, and by the minute sweep. A failed attempt
 * schedules its own retry at the reply's backoff time.
 */
export const sendReplyJob = defineJob({
  name: "send-reply",
  data: z.object({ outboundId: z.uuid() }),
  singletonKey: (d) => d.outboundId,
  policy: "stately",
  // One SMTP attempt is bounded by the transport's timeouts (about a minute); the claim's lease is 2 minutes.
  expireInSeconds: 90,
  // The job only throws when the database did not take the outcome; SMTP failures are the reply's own retries.
  retry: { limit: 5, delaySeconds: 15 },
  run: async (data, { db, env, log, enqueue }) => {
    const outcome = await sendOutboundEmail(db, data.outboundId, {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      log,
    });
    if (outcome.status === "retry") await enqueue("send-reply", data, { startAfter: outcome.at });
    return outcome;
  },
});
