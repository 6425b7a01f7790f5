import { spawn } from "node:child_process";
import postgres from "postgres";
import { ensurePgClient, type PgProgram } from "./pg-client";

/** The server's major version (pg_dump must be at least as new). */
export async function serverMajor(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql<{ v: string }[]>`SELECT current_setting('server_version_num') AS v`;
    return Math.floor(Number(row!.v) / 10_000);
  } finally {
    await sql.end();
  }
}

/** pg_dump and pg_restore fit for the server behind `url`. */
export async function pgClientFor(url: string, log?: (line: string) => void) {
  return ensurePgClient(await serverMajor(url), log);
}

/**
 * Runs a client program against `url` with the password in the environment (PGPASSWORD), not on
 * the command line where any user of the machine could read it. Rejects with its stderr.
 */
export function runPgProgram(program: PgProgram, url: string, args: string[]): Promise<void> {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return new Promise((resolve, reject) => {
    const child = spawn(program.command, [...program.prefix, ...args, `--dbname=${u.toString()}`], {
      env: { ...process.env, PGPASSWORD: password },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args[0] ?? "pg program"} exited ${code}: ${stderr.trim()}`)),
    );
  });
}
