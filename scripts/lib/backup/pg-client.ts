import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../local-config";

/** A client program to run: the command and the arguments that come before its own. */
export type PgProgram = { command: string; prefix: string[] };
export type PgClient = { pgDump: PgProgram; pgRestore: PgProgram; version: string };

/**
 * Debian unstable's packages that pg_dump and pg_restore need beyond what Debian 12 already has
 * (a newer C library, and libraries whose names changed): the rest come from the system.
 */
const UNSTABLE_PACKAGES = (major: number) => [
  `postgresql-client-${major}`,
  "libpq5",
  "libc6",
  "libldap2",
  "libssl3t64",
  "libsasl2-2",
  "libzstd1",
];

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

/** The machine's own Debian archive (from its apt sources), so no address is written here. */
function debianArchive(): string {
  const texts = ["/etc/apt/sources.list", ...listSources("/etc/apt/sources.list.d")]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, "utf8"));
  for (const text of texts) {
    const uris = [
      ...text.matchAll(/^URIs:\s*(\S+)/gm),
      ...text.matchAll(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+)/gm),
    ]
      .map((m) => m[1]!)
      .filter((u) => /\/debian\/?$/.test(u));
    if (uris[0]) return uris[0];
  }
  throw new Error("no Debian archive in this machine's apt sources");
}

const listSources = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.(sources|list)$/.test(f))
        .map((f) => path.join(dir, f))
    : [];

/**
 * Debian 12's postgresql-client is 15, Debian 13's 17: both refuse to dump a PostgreSQL 18 server.
 * Only Debian unstable has 18, built for a newer C library than Debian 12's. So its packages are
 * fetched with apt-get download (into a private list of that suite, nothing installed system-wide)
 * and unpacked under .data/, and the programs run through the loader of the C library they came with.
 */
function fetchUnstableClient(dir: string, major: number, log: (l: string) => void): void {
  log(`Fetching PostgreSQL ${major}'s pg_dump and pg_restore from Debian unstable into ${dir}…`);
  const work = `${dir}.download`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, "lists", "partial"), { recursive: true });
  fs.mkdirSync(path.join(work, "debs"), { recursive: true });
  fs.writeFileSync(path.join(work, "sources.list"), `deb ${debianArchive()} sid main\n`);
  const apt = [
    `Dir::Etc::sourcelist=${path.join(work, "sources.list")}`,
    "Dir::Etc::sourceparts=-",
    `Dir::State::Lists=${path.join(work, "lists")}`,
    // apt's download user cannot write under the project folder.
    "APT::Sandbox::User=root",
  ].flatMap((o) => ["-o", o]);
  execFileSync("apt-get", [...apt, "-qq", "update"], { stdio: "inherit" });
  execFileSync("apt-get", [...apt, "-qq", "download", ...UNSTABLE_PACKAGES(major)], {
    cwd: path.join(work, "debs"),
    stdio: "inherit",
  });
  const unpacked = path.join(work, "root");
  for (const deb of fs.readdirSync(path.join(work, "debs")))
    execFileSync("dpkg-deb", ["-x", path.join(work, "debs", deb), unpacked]);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(unpacked, dir);
  fs.rmSync(work, { recursive: true, force: true });
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
