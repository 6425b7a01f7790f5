import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Env } from "@/lib/env";

export type JobLog = (obj: Record<string, unknown>, msg: string) => void;

/** What a job's run function gets besides its data. */
export type JobContext = {
  db: Db;
  env: Env;
  log: JobLog;
  /** Aborted when the job outlives its expiry, loses its claim, or the runner stops. */
  signal: AbortSignal;
  /** Sends another job (the runner's enqueue). */
  enqueue: Enqueue;
};

export type EnqueueOptions = {
  /** Run no earlier than this (a Date, or seconds from now). */
  startAfter?: Date | number;
  /** Overrides the definition's singleton key for this one job. */
  singletonKey?: string;
};

/** Sends a job by name; resolves with its id, or null when its singleton key already has one waiting. */
export type Enqueue = (name: string, data: object, opts?: EnqueueOptions) => Promise<string | null>;

export type JobDefinition<
  S extends z.ZodType<object> = z.ZodType<object>,
  N extends string = string,
> = {
  /** Queue name, kebab-case verb-noun ("book-payout"). Also names its NOTIFY channel (see wake-job.ts). */
  name: N;
  /** The job's data; every enqueue and NOTIFY payload is parsed with it. Ids only: a NOTIFY payload is at most 8000 bytes. */
  data: S;
  /** Cron (UTC) on which the runner sends the job with `{}` as data, and once at start; none for jobs sent on demand. */
  schedule?: string;
  /** Seconds the job may run before pg-boss fails it (and retries it): the job's real bound, not pg-boss's 15-minute default. */
  expireInSeconds: number;
  /** Retries after a failure, with exponential backoff from `delaySeconds`. */
  retry: { limit: number; delaySeconds: number };
  /**
   * pg-boss queue policy: "singleton" (one active, any queued), "stately" (one queued and one
   * active), "exclusive" (one queued or active), "standard". With `singletonKey` the limit is per key.
   */
  policy: "standard" | "singleton" | "stately" | "exclusive";
  /** One job per entity, e.g. `(d) => d.payoutId`: a second send for the same key while one waits is dropped. */
  singletonKey?(data: z.infer<S>): string;
  /**
   * Jobs one worker takes per fetch and runs side by side (default 1). While fetches come back
   * full the worker fetches again at once, so a burst of sends (a decision wave) drains quickly.
   */
  batch?: number;
  /** A NOTIFY channel that also wakes the job, besides its own `job_<name>` (wake-job.ts): e.g. one existing code sends. */
  wakeChannel?: string;
  /** Whether the runner registers the job with this environment (e.g. IMAP only when configured). */
  enabled?: (env: Env) => boolean;
  /**
   * Work done once, before the runner takes any job: e.g. training the extraction models, which
   * takes seconds of CPU. Done lazily by the first job instead, it would block the event loop and
   * with it every other job (replies, payouts) and the heartbeats.
   */
  warmUp?: () => void;
  // Method syntax on purpose: a list of definitions with different data types is then one array type.
  run(data: z.infer<S>, ctx: JobContext): Promise<unknown>;
};

/** Typed identity: infers the data type of `run` and `singletonKey` from the schema. */
export function defineJob<S extends z.ZodType<object>, const N extends string>(
  def: JobDefinition<S, N>,
): JobDefinition<S, N> {
  return def;
}

/** Runs each distinct warm-up of these jobs once (several jobs may share one), logging its time. */
export function warmUpJobs(jobs: readonly JobDefinition[], log: JobLog): void {
  for (const warmUp of new Set(jobs.map((j) => j.warmUp).filter((w) => w !== undefined))) {
    const started = Date.now();
    warmUp();
    log({ ms: Date.now() - started }, "job runner warmed up");
  }
}
