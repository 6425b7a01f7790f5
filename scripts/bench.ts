/**
 * `npm run bench [-- --requests N] [-- --baseline B] [-- --runs R]`: the review workspace at N
 * requests (default 200 000), grown once and kept under .data/bench-pg (or DATABASE_URL), next to
 * a second database of B requests (default 200 000; .data/bench-pg-200k, always embedded) when N
 * is larger. Serves the production build on the first and times every queue view, the request
 * page and the decisions views; runs each page's SQL directly on both databases; prints both and
 * their ratio, each page's time and render overhead (page - SQL) beside the framework's floor,
 * then each view's plan at N requests (scans of the tables that grow, rows, time).
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../db/embedded";
import { openBenchDatabase, type BenchDatabase } from "./lib/bench/bench-database";
import { BENCH_USERS, pageCases } from "./lib/bench/page-cases";
import { planLine } from "./lib/bench/plan-line";
import { printBench, ratioOf, type BenchRow } from "./lib/bench/print-bench";
import { appProcessEnv } from "./lib/database-roles";
import { signInCookie } from "./lib/http-session";
import { buildIsFresh, DATA_DIR, ensureLocalSecrets } from "./lib/local-config";
import { buildNext, serveNext } from "./lib/serve-next";
import { stats, timeRuns } from "./lib/time-runs";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const REQUESTS = arg("requests", 200_000);
const BASELINE = arg("baseline", 200_000);
const RUNS = arg("runs", 30);
const log = (line: string) => console.log(line);

async function main() {
  ensureLocalSecrets();
  const dbs: BenchDatabase[] = [];
  let server: ChildProcess | null = null;
  try {
    const big = await openBenchDatabase({
      dir: path.join(DATA_DIR, "bench-pg"),
      requests: REQUESTS,
      log,
    });
    dbs.push(big);
    const base =
      REQUESTS > BASELINE
        ? await openBenchDatabase({
            dir: path.join(DATA_DIR, `bench-pg-${Math.round(BASELINE / 1000)}k`),
            requests: BASELINE,
            embeddedOnly: true,
            log,
          })
        : null;
    if (base) dbs.push(base);
    if (!buildIsFresh()) await buildNext(process.env);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    server = await serveNext({
      dev: false,
      port,
      host: "127.0.0.1",
      env: appProcessEnv(
        {
          ...process.env,
          NEXTAUTH_URL: url,
          LOG_LEVEL: "warn",
          // The bench database has anchors of its own, apart from .data/pg's.
          AUDIT_ANCHOR_FILE: path.join(DATA_DIR, "bench-audit-anchors.log"),
        },
        big.appUrl,
      ),
      quiet: true,
    });
    const cookie = {
      reviewer: await signInCookie(url, BENCH_USERS.reviewer.email, BENCH_USERS.reviewer.password),
      manager: await signInCookie(url, BENCH_USERS.manager.email, BENCH_USERS.manager.password),
    };
    const get =
      (p: string, who: keyof typeof cookie, status = 200) =>
      async () => {
        const res = await fetch(`${url}${p}`, {
          headers: { cookie: cookie[who] },
          redirect: "manual",
        });
        await res.arrayBuffer();
        if (res.status !== status) throw new Error(`${p} → ${res.status}`);
      };
    const cases = await pageCases(big.db);
    const baseCases = base ? await pageCases(base.db) : null;
    // A server just started has compiled nothing yet: every page once before any is timed.
    for (const c of cases) await get(c.path, c.as)();
    const rows: BenchRow[] = [];
    for (const [i, c] of cases.entries()) {
      const app = stats(await timeRuns(RUNS, get(c.path, c.as)));
      const sqlT = stats(await timeRuns(RUNS, c.sql));
      const baseCase = baseCases?.[i];
      if (baseCase && baseCase.name !== c.name)
        throw new Error(`case ${i} is "${c.name}" here, "${baseCase.name}" on the baseline`);
      const baseT = baseCase ? stats(await timeRuns(RUNS, baseCase.sql)) : null;
      rows.push({ name: c.name, app, sql: sqlT, base: baseT });
      log(`  ${c.name}: page p95 ${app.p95.toFixed(1)} ms`);
    }
    // The framework's own floor in the same run: a page rendered per request with no data and no
    // session, and the smallest signed-in page (/ reads the session and the user, then redirects).
    const floors = {
      page: stats(await timeRuns(RUNS, get("/forbidden", "reviewer"))),
      authenticated: stats(await timeRuns(RUNS, get("/", "reviewer", 307))),
      // The queue page with a search it refuses (a control character): its own shell, no rows.
      queueShell: stats(await timeRuns(RUNS, get("/queue?q=%01", "reviewer"))),
    };
    printBench(rows, floors, {
      requests: big.requests,
      baseline: base?.requests ?? null,
      runs: RUNS,
    });
    console.log(`\nPlans at ${big.requests} requests (EXPLAIN ANALYZE):`);
    for (const c of cases)
      for (const [label, statement] of await c.statements())
        console.log(`${c.name} | ${label}: ${await planLine(big.db, statement)}`);
    // Where the SQL grew more than 1.5x, the same plans on the baseline show what grew.
    const grew = rows.flatMap((r, i) => (ratioOf(r) > 1.5 && baseCases ? [baseCases[i]!] : []));
    if (base && grew.length) console.log(`\nThe views over 1.5x, planned at ${base.requests}:`);
    for (const c of grew)
      for (const [label, statement] of await c.statements())
        console.log(`${c.name} | ${label}: ${await planLine(base!.db, statement)}`);
    console.log(
      JSON.stringify({
        requests: big.requests,
        baseline: base?.requests,
        runs: RUNS,
        floors,
        rows,
      }),
    );
  } finally {
    server?.kill("SIGTERM");
    for (const d of dbs) await d.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
