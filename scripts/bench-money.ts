/**
 * Money benchmark: N payouts booked through the whole path — a recorded
 * decision (recordDecision), its NOTIFY, the job runner (the production
 * scripts/job-runner.ts in a child process), the ledger postings, and for
 * direct refunds the sandbox provider's own process and its signed webhook
 * back to the app's handler — on a throwaway embedded PostgreSQL.
 *
 *   npm run bench:money [-- --count 10000] [-- --concurrency 8]
 *
 * Prints decisions/s, postings/s while booking, the p50/p95 from decision to
 * credited (balance) and to settled (direct), ledger:verify's time at that
 * size, and the peak RSS of this process and of the runner, sampled every
 * 500 ms (compare two counts to see memory stay flat). Last line: JSON.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import { createDb } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { EMBEDDED_APP_ROLE } from "../db/roles/app-privileges";
import { ensureAppRole, urlAs } from "../db/roles/ensure-app-role";
import postgres from "postgres";
import { refundRequests, users } from "../db/schema";
import { resetEnvCache } from "../lib/env";
import { spawnRunner } from "../lib/jobs/test-support/spawn-runner";
import { startAppWebhook } from "../lib/payouts/test-support/app-webhook";
import { insertDecidableRequests } from "./lib/bench-money-data";
import { bookingFigures } from "./lib/bench-money/booking-figures";
import { decideAll } from "./lib/bench-money/decide-all";
import { startSandboxProvider } from "./lib/start-sandbox-provider";

const args = process.argv.slice(2);
const arg = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const COUNT = arg("--count", 10_000);
const CONCURRENCY = arg("--concurrency", 8);
const SECRET = "whsec_bench_money_0123456789abcdef";

function rssOf(pid: number): number {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-bench-money-"));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    database: "bench_money",
    persistent: false,
  });
  process.env.PAYMENT_DETAILS_KEY ??= Buffer.alloc(32, 9).toString("base64");
  resetEnvCache();
  // As in production: migrations as the owner, everything else as the app's own role.
  const appPassword = randomUUID();
  const admin = postgres(pg.url, { max: 1, onnotice: () => undefined });
  await ensureAppRole(admin, EMBEDDED_APP_ROLE, appPassword).finally(() => admin.end());
  await runMigrations(pg.url, { appRole: EMBEDDED_APP_ROLE });
  const appUrl = urlAs(pg.url, EMBEDDED_APP_ROLE, appPassword);
  const { db, sql: client } = createDb(appUrl, CONCURRENCY + 2);
  const webhook = await startAppWebhook(db, SECRET);
  const sandbox = await startSandboxProvider({
    dataDir: path.join(dir, "sandbox"),
    webhookUrl: webhook.url,
    webhookSecret: SECRET,
    settleDelayMs: 200,
  });
  const runner = await spawnRunner("scripts/job-runner.ts", {
    DATABASE_URL: appUrl,
    PAYMENT_PROVIDER_URL: sandbox.url,
    PAYMENT_WEBHOOK_SECRET: SECRET,
    PAYMENT_DETAILS_KEY: process.env.PAYMENT_DETAILS_KEY,
    LOG_LEVEL: "warn",
  });
  let peakSelf = 0;
  let peakRunner = 0;
  const sampler = setInterval(() => {
    peakSelf = Math.max(peakSelf, process.memoryUsage().rss);
    peakRunner = Math.max(peakRunner, rssOf(runner.child.pid!));
  }, 500);
  try {
    const [reviewer] = await db
      .insert(users)
      .values({ email: "bench@example.com", name: "Bench", role: "reviewer" })
      .returning();
    await insertDecidableRequests(db, COUNT);
    const requests = await db
      .select({ id: refundRequests.id, rec: refundRequests.recDestination })
      .from(refundRequests);
    console.log(`${requests.length} requests ready; deciding ${CONCURRENCY} at a time…`);
    const t0 = performance.now();
    await decideAll(db, requests, reviewer!.id, CONCURRENCY);
    const decided = performance.now();
    console.log(
      `decided ${requests.length} in ${((decided - t0) / 1000).toFixed(1)} s; waiting for the money…`,
    );
    const summary = await bookingFigures(db, {
      payouts: requests.length,
      t0,
      decided,
      peakRss: { bench: peakSelf, runner: peakRunner },
    });
    console.log(
      `postings/s ${summary.postingsPerSecond}; decision → credited p95 ${summary.balanceCreditedMs.p95} ms; → settled p95 ${summary.directSettledMs.p95} ms; ledger:verify ${summary.ledgerVerifyMs} ms (${summary.ledgerViolations} violations); peak RSS bench ${summary.peakRssMb.bench} MB, runner ${summary.peakRssMb.runner} MB`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    clearInterval(sampler);
    runner.child.kill("SIGTERM");
    await runner.exited;
    await sandbox.stop();
    await webhook.close();
    await client.end();
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
