/**
 * Ingest throughput benchmark: N distinct, realistic emails pushed one after
 * another through the same pipeline every channel uses (ingestEmail: store
 * raw, parse, extract, thread, match, create/update, evaluate, draft reply).
 *
 *   npm run bench:ingest [-- --count 10000] [-- --stages] [-- --concurrency 8]
 *
 * Uses a throwaway embedded PostgreSQL, or a fresh database on the server
 * named by DATABASE_URL (dropped afterwards). Prints emails/s overall and per
 * 1 000-email window, RSS / heap sampled every 100 emails, and a final JSON
 * summary line. --stages also times the CPU-only stages on a sample.
 * A second pass, on a fresh database, runs --concurrency N (default 8) ingests
 * in flight at once in this one Node process, as one IMAP poll
 * (INGEST_CONCURRENCY) or concurrent webhook deliveries do; --concurrency 1
 * skips it. The JSON line reports both (emailsPerSecond and
 * emailsPerSecondConcurrent), with Node and PostgreSQL CPU per email.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { openServer } from "./lib/bench-ingest/bench-server";
import { resetCorpusRandom } from "./lib/bench-ingest/corpus-random";
import { type PassResult, runPass } from "./lib/bench-ingest/run-pass";
import { stageSample, timeStages } from "./lib/bench-ingest/time-stages";

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const COUNT = Number(argValue("--count") ?? 10_000);
const STAGES = args.includes("--stages");
/**
 * Emails in flight at once in the second pass (1: sequential pass only). Defaults to 8, what one
 * IMAP poll processes at once (INGEST_CONCURRENCY) and what concurrent webhook deliveries reach.
 */
const CONCURRENCY = Number(argValue("--concurrency") ?? 8);
if (!Number.isInteger(COUNT) || COUNT <= 0) throw new Error("--count must be a positive integer");
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY <= 0)
  throw new Error("--concurrency must be a positive integer");

async function main(): Promise<void> {
  process.env.PAYMENT_DETAILS_KEY ??= randomBytes(32).toString("base64");
  const server = await openServer();
  let sequential: PassResult;
  let concurrent: PassResult | undefined;
  try {
    sequential = await runPass(server.adminUrl, server.app, 1, COUNT);
    concurrent =
      CONCURRENCY > 1 ? await runPass(server.adminUrl, server.app, CONCURRENCY, COUNT) : undefined;
  } finally {
    await server.close();
  }
  let stages: Record<string, number> | undefined;
  if (STAGES) {
    resetCorpusRandom();
    stages = await timeStages(stageSample(Math.min(1000, COUNT)));
    console.log(`CPU stages (per email, ${Math.min(1000, COUNT)}-email sample):`, stages);
  }
  const slim = (p: PassResult) => ({
    concurrency: p.concurrency,
    elapsedMs: p.elapsedMs,
    emailsPerSec: p.emailsPerSec,
    cpuMsPerEmail: p.cpuMsPerEmail,
    postgresCpuMsPerEmail: p.postgresCpuMsPerEmail,
    outcomes: p.outcomes,
    windows: p.windows.map((w) => ({
      upTo: w.upTo,
      emailsPerSec: w.emailsPerSec,
      peakRssMb: w.peakRssMb,
      peakHeapMb: w.peakHeapMb,
    })),
    memory: p.memory,
  });
  console.log(
    JSON.stringify({
      bench: "ingest",
      count: COUNT,
      emailsPerSecond: sequential.emailsPerSec,
      emailsPerSecondConcurrent: concurrent?.emailsPerSec ?? null,
      concurrency: concurrent?.concurrency ?? 1,
      targetMet: {
        sequential: sequential.emailsPerSec >= 200,
        concurrent: concurrent ? concurrent.emailsPerSec >= 200 : null,
      },
      windowRates: sequential.windows.map((w) => ({ upTo: w.upTo, emailsPerSec: w.emailsPerSec })),
      windowRatesConcurrent:
        concurrent?.windows.map((w) => ({ upTo: w.upTo, emailsPerSec: w.emailsPerSec })) ?? null,
      peakMemory: sequential.memory.checkpoints,
      peakMemoryConcurrent: concurrent?.memory.checkpoints ?? null,
      sequential: slim(sequential),
      concurrent: concurrent ? slim(concurrent) : null,
      stages,
      node: process.version,
      cpus: os.cpus().length,
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
