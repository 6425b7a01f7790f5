/**
 * `npm start` (production build) and `npm run dev`: database (embedded unless
 * DATABASE_URL), migrations, demo seed on first start, build if needed,
 * serve, print the sign-ins. Ctrl-C stops everything cleanly.
 */
import type { ChildProcess } from "node:child_process";
import { freePort } from "../db/embedded";
import { DEMO_USERS } from "../db/seed/demo-users";
import fs from "node:fs";
import { RUNNING_URL_FILE } from "./lib/connect-cli-database";
import { buildIsFresh, ensureLocalSecrets } from "./lib/local-config";
import { prepareDatabase } from "./lib/prepare-database";
import { buildNext, serveNext } from "./lib/serve-next";

const dev = process.argv.includes("--dev");

async function main() {
  const started = Date.now();
  ensureLocalSecrets();
  const db = await prepareDatabase();
  let server: ChildProcess | null = null;
  let workers: { stop: () => Promise<void> } | null = null;
  // Lets `npm run ingest` and `npm run db:seed` reach this embedded server while it runs.
  if (db.embedded) fs.writeFileSync(RUNNING_URL_FILE, db.url, { mode: 0o600 });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Refund Desk…");
    server?.kill("SIGTERM");
    await workers?.stop().catch(() => undefined);
    fs.rmSync(RUNNING_URL_FILE, { force: true });
    await db.embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    if (!dev && !buildIsFresh()) {
      console.log("Building the app (first start or sources changed)…");
      await buildNext(process.env);
    }
    const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
    const host = process.env.HOST ?? "127.0.0.1";
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    server = await serveNext({ dev, port, host, env: process.env });
    server.on("exit", (code) => void stop(code ?? 0));
    const { startWorkers } = await import("./lib/start-workers");
    workers = await startWorkers(process.env.DATABASE_URL!);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nRefund Desk is ready in ${secs}s at http://localhost:${port}`);
    console.log(
      db.embedded ? "Database: embedded PostgreSQL under .data/pg" : "Database: DATABASE_URL",
    );
    console.log("Demo sign-ins:");
    for (const u of DEMO_USERS)
      console.log(`  ${u.role.padEnd(9)} ${u.email.padEnd(28)} ${u.password}`);
    console.log("Press Ctrl-C to stop.");
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await stop(1);
  }
}

void main();
