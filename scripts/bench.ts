/**
 * `npm run bench`: the review workspace at 200 000 requests. Seeds them once
 * (kept under .data/bench-pg, or DATABASE_URL), serves the production build,
 * and measures the server time of the queue and request pages over repeated
 * requests, next to the same queries run directly against PostgreSQL.
 * Options: --requests N (default 200000), --runs N (default 30).
 */
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { sql as dsql } from "drizzle-orm";
import { createDb } from "../db/client";
import { freePort } from "../db/embedded";
import { listQueue } from "../db/queries/queue";
import { queueCounts } from "../db/queries/queue-counts";
import { parseQueueFilters } from "../db/queries/queue-filters";
import { getRequestDetail } from "../db/queries/request-detail";
import { sessionUserRow } from "../db/queries/users";
import { growRequests } from "../db/seed/grow-requests";
import { DEMO_USERS } from "../db/seed/demo-users";
import { findPageCases } from "./lib/bench/page-cases";
import { signInCookie } from "./lib/http-session";
import { buildIsFresh, DATA_DIR, ensureLocalSecrets } from "./lib/local-config";
import { prepareDatabase } from "./lib/prepare-database";
import { appProcessEnv } from "./lib/database-roles";
import { buildNext, serveNext } from "./lib/serve-next";
import { stats, timeRuns } from "./lib/time-runs";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const REQUESTS = arg("requests", 200_000);
const RUNS = arg("runs", 30);

async function main() {
  ensureLocalSecrets();
  const prepared = await prepareDatabase({ dir: path.join(DATA_DIR, "bench-pg") });
  const { db, sql } = createDb(prepared.url, 4);
  let server: ChildProcess | null = null;
  try {
    const grown = await growRequests(db, {
      count: REQUESTS,
      now: new Date(),
      log: (l) => console.log(l),
    });
    console.log(`requests: ${grown.existing + grown.added} (added ${grown.added})`);
    // A freshly grown table has no visibility map yet; autovacuum would get there, the bench should not wait for it.
    await db.execute(dsql`VACUUM ANALYZE refund_requests`);
    if (!buildIsFresh()) await buildNext(process.env);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = await serveNext({
      dev: false,
      port,
      host: "127.0.0.1",
      env: appProcessEnv(
        {
          ...process.env,
          NEXTAUTH_URL: base,
          LOG_LEVEL: "warn",
          // The bench database has anchors of its own, apart from .data/pg's.
          AUDIT_ANCHOR_FILE: path.join(DATA_DIR, "bench-audit-anchors.log"),
        },
        prepared.appUrl,
      ),
      quiet: true,
    });
    const reviewer = DEMO_USERS[0];
    const cookie = await signInCookie(base, reviewer.email, reviewer.password);
    const { me, someRequest, cases } = await findPageCases(db, reviewer.email);
    const rows: { name: string; app: ReturnType<typeof stats>; sqlT: ReturnType<typeof stats> }[] =
      [];
    const get = async (url: string) => {
      const res = await fetch(url, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
      await res.arrayBuffer();
    };
    for (const c of cases) {
      const qs = new URLSearchParams(c.query).toString();
      const f = parseQueueFilters(c.query);
      const app = await timeRuns(RUNS, () => get(`${base}/queue${qs ? `?${qs}` : ""}`));
      // The page's own sequence: the signed-in user's row, then the rows and the counts together.
      const direct = await timeRuns(RUNS, async () => {
        await sessionUserRow(db, me.id);
        await Promise.all([listQueue(db, f, me.id), queueCounts(db, f, me.id)]);
      });
      rows.push({ name: c.name, app: stats(app), sqlT: stats(direct) });
    }
    const app = await timeRuns(RUNS, () => get(`${base}/requests/${someRequest.id}`));
    const direct = await timeRuns(RUNS, async () => {
      await sessionUserRow(db, me.id);
      await getRequestDetail(db, someRequest.id);
    });
    rows.push({ name: "request page", app: stats(app), sqlT: stats(direct) });
    // The framework's own floor on this machine: a page with no data (rendered per request like
    // every page, for its CSP nonce), and next-auth's session endpoint (one JWT decryption).
    const floorStatic = stats(await timeRuns(RUNS, () => get(`${base}/forbidden`)));
    const floorSession = stats(await timeRuns(RUNS, () => get(`${base}/api/auth/session`)));
    console.log(
      `\n${REQUESTS} requests, ${RUNS} runs each; server time in ms (loopback HTTP, full render) vs the same queries run directly`,
    );
    console.log("case".padEnd(48) + "app median  app p95  sql median  sql p95  ratio(p50)");
    for (const r of rows) {
      const ratio = r.app.median / Math.max(0.01, r.sqlT.median);
      console.log(
        `${r.name.padEnd(48)}${r.app.median.toFixed(1).padStart(10)}${r.app.p95.toFixed(1).padStart(9)}${r.sqlT.median.toFixed(1).padStart(12)}${r.sqlT.p95.toFixed(1).padStart(9)}${ratio.toFixed(2).padStart(12)}`,
      );
    }
    const worstQueueP95 = Math.max(
      ...rows.filter((r) => r.name.startsWith("queue")).map((r) => r.app.p95),
    );
    const worstRatio = Math.max(...rows.map((r) => r.app.median / Math.max(0.01, r.sqlT.median)));
    console.log(
      `\nqueue p95 worst: ${worstQueueP95.toFixed(1)} ms (target < 150); app/SQL ratio worst: ${worstRatio.toFixed(2)} (target < 3)`,
    );
    console.log(
      `framework floor: prerendered page ${floorStatic.median.toFixed(1)} ms median (p95 ${floorStatic.p95.toFixed(1)}), ` +
        `/api/auth/session ${floorSession.median.toFixed(1)} ms (p95 ${floorSession.p95.toFixed(1)}); ` +
        `a ratio under 3 needs SQL of at least a third of the floor (${(floorStatic.median / 3).toFixed(1)} ms)`,
    );
    console.log(
      JSON.stringify({
        requests: REQUESTS,
        runs: RUNS,
        worstQueueP95,
        worstRatio,
        floor: { prerendered: floorStatic, session: floorSession },
        rows,
      }),
    );
  } finally {
    server?.kill("SIGTERM");
    await sql.end();
    await prepared.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
