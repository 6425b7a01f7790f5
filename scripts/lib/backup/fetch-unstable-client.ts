import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

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
export function fetchUnstableClient(dir: string, major: number, log: (l: string) => void): void {
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
