/**
 * The ingest benchmark for two versions of the code side by side, in one run:
 *
 *   npm run bench:ingest:compare -- --against <git ref> [--count 3000] [--rounds 2] [--concurrency 8]
 *
 * Checks <git ref> out into a temporary worktree (sharing this checkout's node_modules when
 * the lockfiles match, else installing its own), starts one throwaway embedded PostgreSQL,
 * and runs scripts/bench-ingest.ts of each version against it (each pass on a fresh
 * database), alternating which goes first every round so that a machine getting busier or
 * quieter during the run weighs on both alike. Prints every run and the median of each.
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

type Run = { variant: string; round: number; sequential: number; concurrent: number | null };

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
function bench(cwd: string, databaseUrl: string): Promise<{ seq: number; conc: number | null }> {
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
      };
      resolve({ seq: r.emailsPerSecond, conc: r.emailsPerSecondConcurrent });
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
        runs.push({ variant: v.name, round, sequential: r.seq, concurrent: r.conc });
        console.log(
          `  sequential ${r.seq} emails/s, ${CONCURRENCY} in flight ${r.conc ?? "-"} emails/s`,
        );
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
  console.log(
    `${"variant".padEnd(28)} ${"round".padStart(5)} ${"sequential".padStart(11)} ${`${CONCURRENCY} in flight`.padStart(12)}`,
  );
  for (const r of runs)
    console.log(
      `${r.variant.padEnd(28)} ${String(r.round).padStart(5)} ${String(r.sequential).padStart(11)} ${String(r.concurrent ?? "-").padStart(12)}`,
    );
  for (const v of variants) {
    const mine = runs.filter((r) => r.variant === v.name);
    console.log(
      `${`${v.name} median`.padEnd(34)} ${String(median(mine.map((r) => r.sequential))).padStart(11)} ${String(median(mine.flatMap((r) => (r.concurrent === null ? [] : [r.concurrent])))).padStart(12)}`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
