/**
 * The background job runner (lib/jobs), run by `npm start` and the e2e harness as a child
 * process (scripts/lib/start-workers.ts), which restarts it if it ends.
 */
import { runJobRunnerProcess } from "../lib/jobs/run-job-runner-process";

runJobRunnerProcess().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
