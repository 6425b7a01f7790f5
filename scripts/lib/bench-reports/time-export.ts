import { performance } from "node:perf_hooks";
import { sql as dsql } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Db } from "../../../db/client";
import { parseDecisionFilters } from "../../../db/queries/decisions/decisions-filters";
import { exportDecisions } from "../../../lib/export/export-decisions";

/** Streams the CSV export of every decision as a manager, printing its time, size and RSS along the way. */
export async function timeExport(db: Db, exportSql: Sql): Promise<void> {
  const [user] = await db.execute<{ id: string }>(
    dsql`SELECT id FROM users WHERE role = 'manager' LIMIT 1`,
  );
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const before = process.memoryUsage().rss;
  const res = await exportDecisions(db, exportSql, {
    userId: user!.id,
    filters: parseDecisionFilters({}),
  });
  let bytes = 0;
  let lines = 0;
  let nextReport = 100_000;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
    peak = Math.max(peak, process.memoryUsage().rss);
    // RSS along the way: flat memory shows as a plateau, not a slope.
    if (lines >= nextReport) {
      console.log(`  ${lines} rows: RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
      nextReport += 100_000;
    }
  }
  clearInterval(timer);
  console.log(
    `\nCSV export of every decision: ${lines - 1} rows, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `RSS before ${(before / 1e6).toFixed(0)} MB, peak ${(peak / 1e6).toFixed(0)} MB`,
  );
}
