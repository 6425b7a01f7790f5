import { createDb } from "../../db/client";
import { env } from "../../lib/env";
import { startJobRunner, type JobRunner } from "../../lib/jobs/start-job-runner";

/** Background jobs beside the web server (IMAP polling, retries of failed processing). */
export async function startWorkers(databaseUrl: string): Promise<JobRunner> {
  const { db, sql } = createDb(databaseUrl, 3);
  const runner = await startJobRunner(db, { ...env(), DATABASE_URL: databaseUrl }, (obj, msg) =>
    console.log(JSON.stringify({ level: "info", ...obj, msg })),
  );
  return {
    stop: async () => {
      await runner.stop();
      await sql.end();
    },
  };
}
