/**
 * Browser tests: a throwaway embedded PostgreSQL (or DATABASE_URL), demo
 * seed, the production build, `next start`, then Playwright in Debian's
 * Chromium. Extra arguments go to `playwright test`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../db/embedded";
import { ensureChromium } from "./lib/ensure-chromium";
import { buildIsFresh, ensureLocalSecrets } from "./lib/local-config";
import { prepareDatabase } from "./lib/prepare-database";
import { appProcessEnv } from "./lib/database-roles";
import { buildNext, serveNext } from "./lib/serve-next";
import { startPaymentProvider } from "./lib/start-payment-provider";

async function main(): Promise<number> {
  ensureChromium();
  ensureLocalSecrets();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-e2e-"));
  fs.chmodSync(dir, 0o755);
  const db = await prepareDatabase({
    dir: path.join(dir, "pg"),
    persistent: false,
    log: () => undefined,
  });
  let server: ChildProcess | null = null;
  let workers: { stop: () => Promise<void> } | null = null;
  let provider: { stop: () => Promise<void> } | null = null;
  try {
    if (!buildIsFresh()) await buildNext(process.env);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // Sets PAYMENT_PROVIDER_URL for the job runner and the app; the sandbox reports to baseUrl.
    provider = await startPaymentProvider({ appUrl: baseUrl, dataDir: path.join(dir, "sandbox") });
    const env = {
      ...process.env,
      NEXTAUTH_URL: baseUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      REFUND_DESK_E2E: "1",
      // The throwaway database's anchors stay with it, never in the local data folder's file.
      AUDIT_ANCHOR_FILE: path.join(dir, "audit-anchors.log"),
    };
    server = await serveNext({
      dev: false,
      port,
      host: "127.0.0.1",
      env: appProcessEnv(env, db.appUrl),
      quiet: true,
    });
    const { startWorkers } = await import("./lib/start-workers");
    workers = await startWorkers(db.appUrl, {
      env: { LOG_LEVEL: env.LOG_LEVEL, AUDIT_ANCHOR_FILE: env.AUDIT_ANCHOR_FILE },
    });
    const pw = path.join(process.cwd(), "node_modules", "@playwright", "test", "cli.js");
    // Not spawnSync: the workers (the job runner child process and its supervisor) live with this process and must keep running during the tests.
    const run = spawn(process.execPath, [pw, "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      // Specs seed their fixtures as the owner, as an operator would; the app runs as its own role.
      env: { ...env, BASE_URL: baseUrl, DATABASE_URL: db.url },
    });
    const code = await new Promise<number>((resolve, reject) => {
      run.on("error", reject);
      run.on("exit", (c) => resolve(c ?? 1));
    });
    // The browser tests moved real money through the app: the ledger must still hold every invariant.
    const ledgerOk = await verifyLedgerAfterRun(db.appUrl);
    return code === 0 && ledgerOk ? 0 : 1;
  } finally {
    server?.kill("SIGTERM");
    await workers?.stop().catch(() => undefined);
    await provider?.stop().catch(() => undefined);
    await db.embedded?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function verifyLedgerAfterRun(url: string): Promise<boolean> {
  const { createDb } = await import("../db/client");
  const { verifyLedger } = await import("../lib/ledger/verify-ledger");
  const { db, sql } = createDb(url, 1);
  try {
    const { violations, counts } = await verifyLedger(db);
    for (const v of violations) console.error(`ledger:verify: [${v.invariant}] ${v.detail}`);
    console.log(
      `ledger:verify after the browser tests: ${violations.length === 0 ? "ok" : `${violations.length} violation(s)`} (${counts.transactions} transactions, ${counts.payouts} payouts)`,
    );
    return violations.length === 0;
  } finally {
    await sql.end();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
