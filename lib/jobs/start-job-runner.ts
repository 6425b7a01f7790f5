import { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import type { Env } from "@/lib/env";
import { QUEUE_SCHEMA } from "@/db/roles/app-privileges";
import { warmUpJobs, type EnqueueOptions, type JobDefinition, type JobLog } from "./define-job";
import { JOBS, type JobData, type JobName } from "./jobs";
import { listenForWakeUps } from "./listen-for-wake-ups";
import { ensureQueue, parsePayload } from "./queue-setup";
import { jobChannel } from "./wake-job";

export type JobRunner = {
  /** Sends a job now (or at `startAfter`); resolves with its id, or null when its singleton key already has one waiting. */
  enqueue: <N extends JobName>(
    name: N,
    data: JobData<N>,
    opts?: EnqueueOptions,
  ) => Promise<string | null>;
  stop: () => Promise<void>;
};

/** How quickly pg-boss notices a dead worker; tests shorten them. */
export type RunnerTimings = {
  /** A running job's worker refreshes its heartbeat every half of this; a job whose heartbeat is older is failed over (retried). Min 10. */
  heartbeatSeconds: number;
  /** How often the supervisor looks for expired jobs and lost heartbeats. */
  superviseSeconds: number;
  /** How often the wake-up listener proves it still hears. */
  listenCheckMs: number;
};

export const DEFAULT_TIMINGS: RunnerTimings = {
  heartbeatSeconds: 30,
  superviseSeconds: 15,
  listenCheckMs: 10_000,
};

export type StartJobRunnerOptions = {
  url: string;
  db: Db;
  env: Env;
  log: JobLog;
  /** Default: every job of lib/jobs/jobs.ts. */
  jobs?: readonly JobDefinition[];
  timings?: Partial<RunnerTimings>;
};

/**
 * Background jobs on pg-boss queues, one queue per definition (lib/jobs/jobs.ts): its expiry,
 * retries with backoff, policy and singleton key; scheduled jobs also run once at start. A
 * worker that dies (crash, kill -9, lost machine) stops refreshing its jobs' heartbeats, and
 * pg-boss's supervisor fails those jobs over to a retry within heartbeatSeconds +
 * superviseSeconds (about 45 s) rather than the 15-minute default expiry. Other processes wake
 * jobs with a NOTIFY (wake-job.ts); this runner LISTENs and sends them.
 */
export async function startJobRunner(opts: StartJobRunnerOptions): Promise<JobRunner> {
  const t = { ...DEFAULT_TIMINGS, ...opts.timings };
  const jobs = (opts.jobs ?? JOBS).filter((j) => j.enabled?.(opts.env) ?? true);
  const byName = new Map(jobs.map((j) => [j.name, j]));
  warmUpJobs(jobs, opts.log);
  const boss = new PgBoss({
    connectionString: opts.url,
    schema: QUEUE_SCHEMA,
    // The owner makes the schema, owned by the app role, after the migrations (db/roles): the app
    // role may not create schemas. pg-boss installs and migrates its tables inside it.
    createSchema: false,
    max: 4,
    application_name: "refund-desk-jobs",
    connectionTimeoutMillis: 10_000,
    superviseIntervalSeconds: t.superviseSeconds,
    monitorIntervalSeconds: t.superviseSeconds,
    useListenNotify: true,
  });
  // The message and code only: pg's errors carry the whole client (connection parameters) with them.
  boss.on("error", (err: Error & { code?: string }) =>
    opts.log({ err: { message: err.message, code: err.code } }, "job queue error"),
  );
  await boss.start();

  const enqueue = async (name: string, data: object, o: EnqueueOptions = {}) => {
    const def = byName.get(name);
    if (!def) throw new Error(`no job named ${name} is registered`);
    const parsed = def.data.parse(data);
    return boss.send(name, parsed, {
      singletonKey: o.singletonKey ?? def.singletonKey?.(parsed),
      startAfter: o.startAfter,
    });
  };

  for (const def of jobs) {
    await ensureQueue(boss, def, t.heartbeatSeconds);
    const batchSize = def.batch ?? 1;
    const runOne = async (job: { id: string; data: object; signal: AbortSignal }) => {
      const report = await def.run(def.data.parse(job.data), {
        db: opts.db,
        env: opts.env,
        log: opts.log,
        signal: job.signal,
        enqueue,
      });
      opts.log({ job: def.name, id: job.id, report }, "job done");
      return report;
    };
    await boss.work<object>(
      def.name,
      {
        pollingIntervalSeconds: 2,
        notifyPollingIntervalSeconds: 10,
        batchSize,
        burstWhenBatchFull: batchSize > 1,
        perJobResults: true,
      },
      // Each job of a batch succeeds or fails on its own (and is retried on its own).
      async (batch) =>
        Promise.all(
          batch.map(async (job) => {
            try {
              return {
                id: job.id,
                status: "completed" as const,
                output: (await runOne(job)) ?? null,
              };
            } catch (err) {
              const message = err instanceof Error ? err.message : String(err);
              opts.log({ job: def.name, id: job.id, err: { message } }, "job failed");
              return { id: job.id, status: "failed" as const, output: { message } };
            }
          }),
        ),
    );
    if (def.schedule) {
      await boss.schedule(def.name, def.schedule, {}, { tz: "UTC" });
      await enqueue(def.name, {});
    }
  }

  const channels = new Map<string, (payload: string) => void>();
  for (const def of jobs)
    for (const channel of [jobChannel(def.name), def.wakeChannel].filter((c) => c !== undefined))
      channels.set(channel, (payload) => {
        enqueue(def.name, parsePayload(payload)).catch((err: Error) =>
          opts.log({ job: def.name, err: { message: err.message } }, "could not send a woken job"),
        );
      });
  const listener = await listenForWakeUps({
    url: opts.url,
    channels,
    log: opts.log,
    checkEveryMs: t.listenCheckMs,
  });

  return {
    enqueue,
    stop: async () => {
      await listener.stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
