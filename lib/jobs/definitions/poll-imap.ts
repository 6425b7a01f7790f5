import { z } from "zod";
import { sharedModels } from "@/lib/ingest/learn/models";
import { defineJob } from "../define-job";
import { pollImap } from "../poll-imap";

/** The refunds mailbox, polled every minute when IMAP_HOST, IMAP_USER and IMAP_PASSWORD are set. */
export const pollImapJob = defineJob({
  name: "poll-imap",
  data: z.object({}),
  schedule: "* * * * *",
  policy: "singleton",
  // The UID cursor advances per message, so a poll cut short by its expiry resumes at the next one.
  expireInSeconds: 120,
  retry: { limit: 2, delaySeconds: 10 },
  // Both extract fields from mail: the models are trained before the first email, not during it.
  warmUp: sharedModels,
  enabled: (e) => Boolean(e.IMAP_HOST && e.IMAP_USER && e.IMAP_PASSWORD),
  run: (_data, { db, env: e }) =>
    pollImap(db, {
      host: e.IMAP_HOST!,
      port: e.IMAP_PORT,
      secure: e.IMAP_TLS,
      user: e.IMAP_USER!,
      password: e.IMAP_PASSWORD!,
      folder: e.IMAP_FOLDER,
    }),
});
