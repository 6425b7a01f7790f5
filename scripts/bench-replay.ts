/**
 * `npm run bench:replay`: policy replay at 200 000 requests. Grows the bench database once (kept
 * under .data/bench-pg, or DATABASE_URL), makes every open grown request stale (evaluated by an
 * older engine), then measures, each over the whole table:
 *   1. the real replay after an engine change (evaluations written, changed recommendations audited);
 *   2. the preview in engine mode (each latest evaluation's input through today's engine);
 *   3. the preview of an edited calendar over all requests (open ones evaluated both ways);
 *   4. the real replay after that calendar is saved (every open request stale again).
 * and prints the rates (requests in scope per second; requests run through the engine per second:
 * the replay evaluates the open ones, a calendar preview each open one twice) and where the time
 * goes (load / evaluate / diff / write), next to the engine alone on the same cases.
 * Options: --requests N (default 200000).
 */
import path from "node:path";
import { sql as dsql } from "drizzle-orm";
import { createDb } from "../db/client";
import { getCalendar } from "../db/queries/settings";
import { growRequests } from "../db/seed/grow-requests";
import { evaluate, type Calendar, type PolicyCase } from "../lib/policy";
import { requestReplayPreview } from "../lib/replay/request-replay-preview";
import { runReplayPreview } from "../lib/replay/run-replay-preview";
import { noTimings, replayPolicy } from "../lib/requests/replay-policy";
import { updateCalendar } from "../lib/settings/update-calendar";
import { makeGrownRequestsStale } from "./lib/bench-replay/stale-evaluations";
import { DATA_DIR, ensureLocalSecrets } from "./lib/local-config";
import { prepareDatabase } from "./lib/prepare-database";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const REQUESTS = arg("requests", 200_000);
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Row = {
  name: string;
  requests: number;
  evaluated: number;
  changed: number;
  seconds: number;
  ms: Record<string, number>;
};

/** Weekdays 10, 40 and 70 days back and the next weekday: review windows and payout deadlines move. */
function editedCalendar(saved: Calendar, now: number): Calendar {
  const weekday = (ms: number) => {
    while ([0, 6].includes(new Date(ms).getUTCDay())) ms += DAY;
    return day(ms);
  };
  const added = [10, 40, 70].map((d) => weekday(now - d * DAY)).concat(weekday(now + DAY));
  return { ...saved, holidays: [...new Set([...saved.holidays, ...added])].sort() };
}

async function main() {
  ensureLocalSecrets();
  const prepared = await prepareDatabase({ dir: path.join(DATA_DIR, "bench-pg") });
  const { db, sql } = createDb(prepared.url, 4);
  const rows: Row[] = [];
  try {
    const grown = await growRequests(db, { count: REQUESTS, now: new Date(), log: console.log });
    console.log(`requests: ${grown.existing + grown.added} (added ${grown.added})`);
    if (grown.added) await db.execute(dsql`VACUUM ANALYZE refund_requests`);
    const [manager] = await db.execute<{ id: string }>(
      dsql`SELECT id FROM users WHERE role = 'manager' AND active ORDER BY email LIMIT 1`,
    );
    const saved = await getCalendar(db);
    const [{ n: total } = { n: 0 }] = await db.execute<{ n: number }>(
      dsql`SELECT count(*)::int AS n FROM refund_requests`,
    );
    const stale = await makeGrownRequestsStale(db, saved);
    console.log(`${total} requests, ${stale} open ones made stale (evaluated by an older engine)`);

    const replay = async (name: string) => {
      const timings = noTimings();
      const t = performance.now();
      const r = await replayPolicy(db, { timings });
      const seconds = (performance.now() - t) / 1000;
      const { longestTransaction, ...ms } = timings;
      rows.push({ name, requests: total, ...r, seconds, ms: { ...ms, longestTransaction } });
    };
    const preview = async (
      name: string,
      o: { mode: "engine" | "calendar"; calendar?: Calendar },
    ) => {
      const scope = {
        from: "2000-01-01",
        to: day(Date.now()),
        status: "all" as const,
        claim: null,
        productKind: null,
      };
      const t = performance.now();
      const { previewId } = await requestReplayPreview(db, { managerId: manager!.id, scope, ...o });
      const run = await runReplayPreview(db, { previewId });
      const seconds = (performance.now() - t) / 1000;
      if (run?.status !== "done") throw new Error(`preview ${name} ended ${run?.status}`);
      rows.push({
        name,
        requests: run.processed,
        evaluated: run.compared,
        changed: run.changed,
        seconds,
        ms: run.ms,
      });
    };

    await replay("replay after an engine change");
    await preview("preview: engine, all requests", { mode: "engine" });
    const edited = editedCalendar(saved, Date.now());
    await preview("preview: edited calendar, all requests", { mode: "calendar", calendar: edited });
    await updateCalendar(db, { actorId: manager!.id, calendar: edited });
    try {
      await replay("replay after the calendar is saved");
    } finally {
      await updateCalendar(db, { actorId: manager!.id, calendar: saved });
    }

    // The engine alone on the same cases, for comparison with the rates above.
    const inputs = await db.execute<{ input: PolicyCase }>(
      dsql`SELECT input FROM policy_evaluations WHERE engine_version <> 'bench-0' AND input <> '{}'::jsonb LIMIT 20000`,
    );
    const t = performance.now();
    for (const { input } of inputs) evaluate(input);
    const engineRate = inputs.length / ((performance.now() - t) / 1000);

    console.log(`\n${total} requests; seconds, requests per second, and where the time went (ms)`);
    console.log(
      "case".padEnd(42) +
        " compared  changed  seconds  req/s  cmp/s  " +
        "load/pick  evaluate     diff    write    audit  longest tx",
    );
    for (const r of rows) {
      const f = (k: string) => (r.ms[k] === undefined ? "—" : r.ms[k]!.toFixed(0)).padStart(9);
      console.log(
        r.name.padEnd(42) +
          `${String(r.evaluated).padStart(9)}${String(r.changed).padStart(9)}${r.seconds.toFixed(1).padStart(9)}` +
          `${(r.requests / r.seconds).toFixed(0).padStart(7)}${(r.evaluated / r.seconds).toFixed(0).padStart(8)}  ` +
          `${((r.ms.load ?? 0) + (r.ms.pick ?? 0)).toFixed(0).padStart(9)}${f("evaluate")}${f("diff")}${f("write")}${f("audit")}${f("longestTransaction")}`,
      );
    }
    console.log(
      `engine alone: ${engineRate.toFixed(0)} cases/s over ${inputs.length} stored inputs`,
    );
    console.log(JSON.stringify({ requests: total, stale, engineRate, rows }));
  } finally {
    await sql.end();
    await prepared.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
