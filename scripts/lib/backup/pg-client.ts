import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../local-config";
import { fetchUnstableClient } from "./fetch-unstable-client";

/** A client program to run: the command and the arguments that come before its own. */
export type PgProgram = { command: string; prefix: string[] };
export type PgClient = { pgDump: PgProgram; pgRestore: PgProgram; version: string };

const majorOf = (versionText: string) => Number(/\(PostgreSQL\) (\d+)/.exec(versionText)?.[1] ?? 0);

function versionOf(p: PgProgram): string | null {
  const r = spawnSync(p.command, [...p.prefix, "--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

const plain = (bin: string, name: string): PgProgram => ({
  command: path.join(bin, name),
  prefix: [],
});

/** A client found as Debian lays out its packages (/usr/lib/postgresql/N/bin), newest first. */
function installedClient(major: number): PgClient | null {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .map(Number)
        .filter((v) => v >= major)
        .sort((a, b) => b - a)
    : [];
  for (const v of versions) {
    const bin = path.join(root, String(v), "bin");
    const client = { pgDump: plain(bin, "pg_dump"), pgRestore: plain(bin, "pg_restore") };
    const version = versionOf(client.pgDump);
    if (version && majorOf(version) >= major && versionOf(client.pgRestore))
      return { ...client, version };
  }
  return null;
}

/** The unstable client unpacked under .data/, run by its own C library's loader. */
function unpackedClient(dir: string, major: number): PgClient | null {
  const libs = ["usr/lib/x86_64-linux-gnu", "lib/x86_64-linux-gnu"]
    .map((l) => path.join(dir, l))
    .filter((l) => fs.existsSync(l));
  const loader = path.join(dir, "usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2");
  if (!fs.existsSync(loader)) return null;
  const program = (name: string): PgProgram => ({
    command: loader,
    prefix: [
      "--library-path",
      libs.join(":"),
      path.join(dir, `usr/lib/postgresql/${major}/bin`, name),
    ],
  });
  const client = { pgDump: program("pg_dump"), pgRestore: program("pg_restore") };
  const version = versionOf(client.pgDump);
  return version && versionOf(client.pgRestore) ? { ...client, version } : null;
}

/**
 * pg_dump and pg_restore of at least the server's major version: Debian's (any /usr/lib/postgresql/N
 * with N ≥ major, e.g. from apt-get install postgresql-client-18 where the sources offer it), else
 * the copy unpacked under .data/pg-client-N, fetched the first time it is needed.
 */
export function ensurePgClient(
  serverMajor: number,
  log: (line: string) => void = (l) => console.error(l),
): PgClient {
  const installed = installedClient(serverMajor);
  if (installed) return installed;
  const dir = path.join(DATA_DIR, `pg-client-${serverMajor}`);
  const unpacked = unpackedClient(dir, serverMajor);
  if (unpacked) return unpacked;
  fetchUnstableClient(dir, serverMajor, log);
  const fetched = unpackedClient(dir, serverMajor);
  if (!fetched)
    throw new Error(
      `pg_dump ${serverMajor} does not run from ${dir}; install postgresql-client-${serverMajor} (README: Backups)`,
    );
  return fetched;
}
