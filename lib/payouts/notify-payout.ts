import type { Tx } from "@/db/client";
import { wakeJob } from "@/lib/jobs/wake-job";

/** Wakes the job runner for this payout when the caller's transaction commits (NOTIFY is transactional). */
export async function notifyPayout(tx: Tx, payoutId: string): Promise<void> {
  await wakeJob(tx, "advance-payout", { payoutId });
}
