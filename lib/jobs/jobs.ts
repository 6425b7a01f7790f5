import { advancePayoutJob } from "./definitions/advance-payout";
import { bookAutomaticRefundsJob } from "./definitions/book-automatic-refunds";
import { pollImapJob } from "./definitions/poll-imap";
import { previewReplayJob } from "./definitions/preview-replay";
import { replayPolicyJob } from "./definitions/replay-policy";
import { retryStuckEmailsJob } from "./definitions/retry-stuck-emails";
import { sendQueuedRepliesJob } from "./definitions/send-queued-replies";
import { sendReplyJob } from "./definitions/send-reply";
import { sweepPayoutsJob } from "./definitions/sweep-payouts";
import { verifyAuditChainJob } from "./definitions/verify-audit-chain";

/**
 * Every background job the runner registers: one definition per job (lib/jobs/definitions/),
 * one line here. See define-job.ts for what a definition says.
 */
export const JOBS = [
  pollImapJob,
  retryStuckEmailsJob,
  sendReplyJob,
  sendQueuedRepliesJob,
  verifyAuditChainJob,
  advancePayoutJob,
  sweepPayoutsJob,
  bookAutomaticRefundsJob,
  replayPolicyJob,
  previewReplayJob,
] as const;

type Job = (typeof JOBS)[number];
export type JobName = Job["name"];
/** The data a job takes, by name (from its zod schema). */
export type JobData<N extends JobName> = Parameters<Extract<Job, { name: N }>["run"]>[0];
