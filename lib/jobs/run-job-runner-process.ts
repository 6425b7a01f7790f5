import { appDatabaseUrl, createDb } from "@/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import type { JobDefinition } from "./define-job";
import { startJobRunner, type JobRunner, type RunnerTimings } from "./start-job-runner";

export type RunnerProcessOptions = {
  jobs?: readonly JobDefinition[];
  timings?: Partial<RunnerTimings>;
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The job runner as a process of its own (`npm start` forks scripts/job-runner.ts and restarts
 * it when it ends). An unhandled rejection is logged and the runner goes on: pg-boss and the
 * jobs settle their own promises, so one that escapes is a stray, not a broken runner. An
 * uncaught exception leaves unknown state behind: it is logged and the process exits for a
 * clean restart, which costs nothing that matters (jobs it held are failed over by their
 * heartbeat, replies by their lease). Tells the parent "ready" over IPC once jobs run.
 */
export async function runJobRunnerProcess(opts: RunnerProcessOptions = {}): Promise<void> {
  process.on("unhandledRejection", (reason) =>
    logger.error({ err: message(reason) }, "unhandled rejection in the job runner; going on"),
  );
  let stopping = false;
  process.on("uncaughtException", (err) => {
    // While stopping, the database going away with us (Ctrl-C reaches PostgreSQL too) is expected.
    if (stopping) return logger.warn({ err: message(err) }, "error while the job runner stops");
    logger.fatal(
      { err: message(err), stack: err.stack },
      "uncaught exception in the job runner; restarting",
    );
    process.exit(70);
  });
  const url = appDatabaseUrl();
  if (!url) throw new Error("APP_DATABASE_URL is not set");
  // Policy replay keeps two batch transactions in flight (one evaluating while the other writes):
  // five leave the other jobs room while it runs.
  const { db, sql } = createDb(url, 5);
  let runner: JobRunner | null = null;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await runner?.stop().catch((err) => logger.error({ err: message(err) }, "runner stop failed"));
    await sql.end({ timeout: 2 }).catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  // The supervisor is gone (even by kill -9): no runner without it.
  process.on("disconnect", () => void stop());
  runner = await startJobRunner({
    url,
    db,
    env: env(),
    log: (obj, msg) => (obj.err ? logger.warn(obj, msg) : logger.info(obj, msg)),
    jobs: opts.jobs,
    timings: opts.timings,
  });
  process.send?.({ type: "ready" });
}
