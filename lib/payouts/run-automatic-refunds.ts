import type { Db } from "@/db/client";
import { jobRuns } from "@/db/schema";
import {
  AUTO_REFUND_JOB,
  bookAutomaticRefunds,
  type AutomaticRefundRun,
} from "./book-automatic-refunds";

/** One run of the disposable job, recorded in job_runs (managers see each run and its counts). */
export async function runAutomaticRefunds(db: Db, now = new Date()): Promise<AutomaticRefundRun> {
  const startedAt = new Date();
  try {
    const run = await bookAutomaticRefunds(db, { now });
    await db.insert(jobRuns).values({ job: AUTO_REFUND_JOB, startedAt, ok: true, report: run });
    return run;
  } catch (err) {
    // Recorded for managers without internals (the log has the error); the job is retried by the queue.
    await db
      .insert(jobRuns)
      .values({
        job: AUTO_REFUND_JOB,
        startedAt,
        ok: false,
        report: { error: "the run failed; see the worker log" },
      })
      .catch(() => undefined);
    throw err;
  }
}
