import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";

/** The channel the job runner listens on to book a payout at once instead of at the next sweep. */
export const PAYOUT_CHANNEL = "refund_desk_payouts";

/** Wakes the job runner for this payout when the caller's transaction commits (NOTIFY is transactional). */
export async function notifyPayout(tx: Tx, payoutId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${PAYOUT_CHANNEL}, ${payoutId})`);
}
