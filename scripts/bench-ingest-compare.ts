/**
 * The ingest benchmark for two versions of the code side by side, in one run:
 *
 *   npm run bench:ingest:compare -- --against <git ref> [--count 3000] [--rounds 2] [--concurrency 8]
 *
 * Checks <git ref> out into a temporary worktree (sharing this checkout's node_modules when
 * the lockfiles match, else installing its own), starts one throwaway embedded PostgreSQL,
 * and runs scripts/bench-ingest.ts of each version against it (each pass on a fresh
 * database), alternating which goes first every round so that a machine getting busier or
 * quieter during the run weighs on both alike. Prints every run and the median of each:
 * emails/s and the Node process's CPU ms per email (the steadier figure on a shared machine),
 * sequentially and with C in flight.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const AGAINST = argValue("--against");
const COUNT = argValue("--count") ?? "3000";
const ROUNDS = Number(argValue("--rounds") ?? 2);
const CONCURRENCY = argValue("--concurrency") ?? "8";
if (!AGAINST) throw new Error("--against <git ref> is required (the version to compare with)");

/** What one run measured: emails/s and Node CPU ms per email, sequentially and with C in flight. */
type Figures = {
  seq: number;
  conc: number | null;
  seqCpu: number;
  concCpu: number | null;
};
type Run = Figures & { variant: string; round: number };
const COLUMNS: Array<[keyof Figures, string]> = [
  ["seq", "emails/s 1"],
  ["conc", `emails/s ${CONCURRENCY}`],
  ["seqCpu", "CPU ms 1"],
  ["concCpu", `CPU ms ${CONCURRENCY}`],
];

function git(...a: string[]): string {
  return execFileSync("git", a, { encoding: "utf8" }).trim();
}

/** A worktree of `ref` that can run its own bench script. */
function checkout(ref: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-bench-against-"));
  git("worktree", "add", "--detach", dir, ref);
  const sameLock =
    git("rev-parse", `${ref}:package-lock.json`) === git("hash-object", "package-lock.json");
  if (sameLock) fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  else execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
  return { dir, remove: () => git("worktree", "remove", "--force", dir) };
}

/** One bench-ingest run of the code in `cwd`; its closing JSON line. */
function bench(cwd: string, databaseUrl: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(cwd, "node_modules", "tsx", "dist", "cli.mjs"),
        "scripts/bench-ingest.ts",
        "--count",
        COUNT,
        "--concurrency",
        CONCURRENCY,
      ],
      {
        cwd,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith('{"bench":"ingest"'));
      if (code !== 0 || !line) return reject(new Error(`bench in ${cwd} exited ${code}`));
      const r = JSON.parse(line) as {
        emailsPerSecond: number;
        emailsPerSecondConcurrent: number | null;
        sequential: { cpuMsPerEmail: number };
        concurrent: { cpuMsPerEmail: number } | null;
      };
      resolve({
        seq: r.emailsPerSecond,
        conc: r.emailsPerSecondConcurrent,
        seqCpu: r.sequential.cpuMsPerEmail,
        concCpu: r.concurrent?.cpuMsPerEmail ?? null,
      });
    });
  });
}

const median = (xs: number[]): number | string => {
  if (xs.length === 0) return "-";
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round(((s[m - 1]! + s[m]!) / 2) * 10) / 10;
};

async function main(): Promise<void> {
  const before = checkout(AGAINST!);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-bench-compare-"));
  fs.chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({
    dir: path.join(dataDir, "pg"),
    database: "refund_desk_bench",
    persistent: false,
  });
  const variants = [
    { name: `before (${git("rev-parse", "--short", AGAINST!)})`, dir: before.dir },
    {
      name: `after (${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? "+changes" : ""})`,
      dir: process.cwd(),
    },
  ];
  const runs: Run[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 === 1 ? variants : [...variants].reverse();
      for (const v of order) {
        console.log(`round ${round}: ${v.name} …`);
        const r = await bench(v.dir, server.url);
        runs.push({ ...r, variant: v.name, round });
        console.log(`  ${COLUMNS.map(([k, label]) => `${label}: ${r[k] ?? "-"}`).join(", ")}`);
      }
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    before.remove();
  }
  console.log(
    `\n${COUNT} emails per pass, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const row = (name: string, values: Array<number | string | null>) =>
    `${name.padEnd(34)} ${values.map((v) => String(v ?? "-").padStart(12)).join(" ")}`;
  console.log(
    row(
      "variant, round",
      COLUMNS.map(([, label]) => label),
    ),
  );
  for (const r of runs)
    console.log(
      row(
        `${r.variant} ${r.round}`,
        COLUMNS.map(([k]) => r[k]),
      ),
    );
  for (const v of variants) {
    const mine = runs.filter((r) => r.variant === v.name);
    console.log(
      row(
        `${v.name} median`,
        COLUMNS.map(([k]) => median(mine.flatMap((r) => (r[k] === null ? [] : [r[k]])))),
      ),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
