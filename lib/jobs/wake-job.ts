import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { JobData, JobName } from "./jobs";

/** The NOTIFY channel every job listens on: `job_` and its name with underscores ("job_book_payout"). */
export function jobChannel(name: string): string {
  return `job_${name.replace(/-/g, "_")}`;
}

/**
 * Wakes a job from any process (the web server has no pg-boss of its own): a NOTIFY on the
 * job's channel with its data as JSON, sent inside the caller's transaction, so it is
 * delivered only if that commits. The runner LISTENs, parses the payload with the job's
 * schema and sends the job (with its singleton key). A NOTIFY sent while no runner listens
 * is lost: the state the job works on must be in the database, and a scheduled sweep must
 * find what a lost wake-up left (as send-queued-replies does for send-reply).
 */
export async function wakeJob<N extends JobName>(tx: Tx, name: N, data: JobData<N>): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${jobChannel(name)}, ${JSON.stringify(data)})`);
}
