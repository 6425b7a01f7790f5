/**
 * `npm run bench:reports [-- --requests N] [-- --runs N]`: the managers' reports, the
 * decisions view and the CSV export at N requests (default 200 000; the bench database
 * under .data/bench-pg is grown once, with decisions, payouts and postings). Prints each
 * report's query time (median, p95), with --pages each managers' page's server render
 * time (production build), and the export's rows, seconds and RSS (--no-export skips it).
 */
import path from "node:path";
import { sql as dsql } from "drizzle-orm";
import postgres from "postgres";
import { createDb } from "../db/client";
import { listDecisions } from "../db/queries/decisions/list-decisions";
import { parseDecisionFilters } from "../db/queries/decisions/decisions-filters";
import { moneyRefunded } from "../db/queries/reports/money-report";
import {
  moneyRefundedRaw,
  overrideRateRaw,
  throughputRaw,
  volumeByRaw,
} from "../db/queries/reports/raw-reports";
import { slaComplianceRaw } from "../db/queries/reports/sla-report-raw";
import { overrideRate, throughput } from "../db/queries/reports/override-report";
import { parseReportFilters } from "../db/queries/reports/report-filters";
import { slaBreaches } from "../db/queries/reports/sla-breaches";
import { slaCompliance } from "../db/queries/reports/sla-report";
import { volumeBy } from "../db/queries/reports/volume-report";
import { growDecisions } from "../db/seed/grow-decisions";
import { growRequests } from "../db/seed/grow-requests";
import { timeExport } from "./lib/bench-reports/time-export";
import { DATA_DIR, ensureLocalSecrets } from "./lib/local-config";
import { prepareDatabase } from "./lib/prepare-database";
import { timeReportPages } from "./lib/time-report-pages";
import { stats, timeRuns } from "./lib/time-runs";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const REQUESTS = arg("requests", 200_000);
const RUNS = arg("runs", 10);
const EXPORT = !process.argv.includes("--no-export");
const PAGES = process.argv.includes("--pages");

const time = async (fn: () => Promise<unknown>) => stats(await timeRuns(RUNS, fn));

async function main() {
  ensureLocalSecrets();
  const prepared = await prepareDatabase({ dir: path.join(DATA_DIR, "bench-pg") });
  const { db, sql } = createDb(prepared.url, 6);
  const exportSql = postgres(prepared.url, { max: 1 });
  try {
    const log = (l: string) => console.log(l);
    const grown = await growRequests(db, { count: REQUESTS, now: new Date(), log });
    console.log(`requests: ${grown.existing + grown.added} (added ${grown.added})`);
    const d = await growDecisions(db, log);
    if (d.decisions === 0) await db.execute(dsql`SELECT report_rollups_rebuild()`);
    console.log(`decisions added: ${d.decisions}, payouts added: ${d.payouts}`);
    await db.execute(dsql`VACUUM ANALYZE`);
    const [counts] = await db.execute<{ d: number; p: number; e: number }>(
      dsql`SELECT (SELECT count(*)::int FROM decisions) AS d, (SELECT count(*)::int FROM payouts) AS p,
        (SELECT count(*)::int FROM ledger_entries) AS e`,
    );
    console.log(`decisions: ${counts?.d}, payouts: ${counts?.p}, ledger entries: ${counts?.e}`);
    const f = parseReportFilters({});
    const [someone] = await db.execute<{ id: string }>(
      dsql`SELECT decided_by AS id FROM decisions GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const cases: [string, () => Promise<unknown>][] = [
      ["SLA per week", () => slaCompliance(db, f, "week")],
      ["SLA per reviewer", () => slaCompliance(db, f, "reviewer")],
      ["SLA breaches", () => slaBreaches(db, f)],
      ["volume by product", () => volumeBy(db, f, "product")],
      ["volume by claim", () => volumeBy(db, f, "claim")],
      ["volume by outcome", () => volumeBy(db, f, "outcome")],
      ["volume by clause", () => volumeBy(db, f, "clause")],
      ["money refunded", () => moneyRefunded(db, f)],
      ["override rate per reviewer", () => overrideRate(db, f, "reviewer")],
      ["override rate per clause", () => overrideRate(db, f, "clause")],
      ["throughput", () => throughput(db, f)],
      ["raw SLA per week (base tables)", () => slaComplianceRaw(db, f, "week")],
      ["raw volume by claim (base tables)", () => volumeByRaw(db, f, "claim")],
      ["raw money refunded (base tables)", () => moneyRefundedRaw(db, f)],
      ["raw override rate per clause (base tables)", () => overrideRateRaw(db, f, "clause")],
      ["raw throughput (base tables)", () => throughputRaw(db, f)],
      ["decisions view: first page", () => listDecisions(db, parseDecisionFilters({}))],
      [
        "decisions view: overrides of one reviewer",
        () =>
          listDecisions(db, parseDecisionFilters({ override: "yes", reviewer: someone?.id ?? "" })),
      ],
      [
        "decisions view: SLA missed, RUB",
        () => listDecisions(db, parseDecisionFilters({ sla: "missed", currency: "RUB" })),
      ],
    ];
    console.log(`\n${REQUESTS} requests, ${RUNS} runs each; query time in ms`);
    console.log("case".padEnd(46) + "median     p95");
    for (const [name, fn] of cases) {
      const s = await time(fn);
      console.log(
        `${name.padEnd(46)}${s.median.toFixed(1).padStart(6)}${s.p95.toFixed(1).padStart(8)}`,
      );
    }
    if (PAGES) await timeReportPages(prepared.url, RUNS, stats);
    if (EXPORT) await timeExport(db, exportSql);
  } finally {
    await exportSql.end();
    await sql.end();
    await prepared.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
