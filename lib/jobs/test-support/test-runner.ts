/**
 * A job runner process for the integration tests: the production jobs, with send-reply's claim
 * lease shortened to TEST_LEASE_SECONDS, a "test-hold" job that runs for TEST_HOLD_MS, and
 * pg-boss's dead-worker detection at its shortest (heartbeat 10 s, supervisor every 2 s).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { sendOutboundEmail } from "@/lib/requests/send-outbound-emails";
import { defineJob } from "../define-job";
import { sendReplyJob } from "../definitions/send-reply";
import { JOBS } from "../jobs";
import { runJobRunnerProcess } from "../run-job-runner-process";

const holdJob = defineJob({
  name: "test-hold",
  data: z.object({ tag: z.string() }),
  policy: "standard",
  // pg-boss's default: the heartbeat, not the expiry, is what must rescue a job of a dead runner.
  expireInSeconds: 900,
  retry: { limit: 3, delaySeconds: 1 },
  run: async (data, { signal }) => {
    await sleep(Number(process.env.TEST_HOLD_MS ?? 0), undefined, { signal }).catch(
      () => undefined,
    );
    return data;
  },
});

const leaseSeconds = Number(process.env.TEST_LEASE_SECONDS ?? 120);
const shortLeaseSendReply = {
  ...sendReplyJob,
  run: (data: { outboundId: string }, ctx: Parameters<typeof sendReplyJob.run>[1]) =>
    sendOutboundEmail(ctx.db, data.outboundId, {
      smtpUrl: ctx.env.SMTP_URL,
      from: ctx.env.MAIL_FROM,
      leaseSeconds,
      log: ctx.log,
    }),
};

runJobRunnerProcess({
  jobs: [...JOBS.filter((j) => j.name !== "send-reply"), shortLeaseSendReply, holdJob],
  timings: { heartbeatSeconds: 10, superviseSeconds: 2, listenCheckMs: 2_000 },
}).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
