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
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";
import { benchVariant, checkout, type Figures, git } from "./lib/bench-ingest/run-variant";

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

type Run = Figures & { variant: string; round: number };
const COLUMNS: Array<[keyof Figures, string]> = [
  ["seq", "emails/s 1"],
  ["conc", `emails/s ${CONCURRENCY}`],
  ["seqCpu", "CPU ms 1"],
  ["concCpu", `CPU ms ${CONCURRENCY}`],
];

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
        const r = await benchVariant(v.dir, server.url, { count: COUNT, concurrency: CONCURRENCY });
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
