type Stats = { median: number; p95: number };

export type BenchRow = {
  name: string;
  /** The page's server time (loopback HTTP, full render) at the bench size. */
  app: Stats;
  /** The page's SQL run directly, at the bench size and at the baseline size. */
  sql: Stats;
  base: Stats | null;
};

export type Floors = { page: Stats; authenticated: Stats; queueShell: Stats };

const f1 = (x: number) => x.toFixed(1);
const pad = (s: string, n: number) => s.padStart(n);
export const ratioOf = (r: BenchRow) =>
  r.base ? r.sql.median / Math.max(0.05, r.base.median) : NaN;
export const overheadOf = (r: BenchRow) => r.app.median - r.sql.median;

/** The bench's table: SQL at both sizes and their ratio, the page's times and its overhead. */
export function printBench(
  rows: BenchRow[],
  floors: Floors,
  size: { requests: number; baseline: number | null; runs: number },
) {
  const b = size.baseline;
  console.log(
    `\n${size.requests} requests${b ? ` (SQL also at ${b})` : ""}, ${size.runs} runs each, ms. ` +
      "SQL: the page's queries run directly; page: server time of the page (loopback HTTP, full render); " +
      "overhead: page p50 - SQL p50",
  );
  console.log(
    "case".padEnd(54) +
      (b ? "SQL@base p50   p95" : "") +
      "  SQL p50   p95" +
      (b ? "  ratio" : "") +
      "  page p50   p95  overhead",
  );
  for (const r of rows)
    console.log(
      r.name.slice(0, 53).padEnd(54) +
        (b && r.base ? pad(f1(r.base.median), 12) + pad(f1(r.base.p95), 6) : "") +
        pad(f1(r.sql.median), 9) +
        pad(f1(r.sql.p95), 6) +
        (b ? pad(ratioOf(r).toFixed(2), 7) : "") +
        pad(f1(r.app.median), 10) +
        pad(f1(r.app.p95), 6) +
        pad(f1(overheadOf(r)), 10),
    );
  console.log(
    `\nframework floor: /forbidden (a page, no session) ${f1(floors.page.median)} ms (p95 ${f1(floors.page.p95)}); ` +
      `/ signed in (session, user row, redirect) ${f1(floors.authenticated.median)} ms (p95 ${f1(floors.authenticated.p95)}); ` +
      `the queue page's shell (a refused search: tabs, filters, no rows, no SQL) ${f1(floors.queueShell.median)} ms`,
  );
  const floor = Math.max(floors.page.median, floors.authenticated.median);
  const slower = rows.filter((r) => ratioOf(r) > 1.5);
  const slow = rows.filter((r) => r.app.p95 >= 150);
  const queue = rows.filter((r) => r.name.startsWith("queue"));
  const heavy = queue.filter((r) => overheadOf(r) >= 3 * floor);
  const worst = Math.max(...queue.map(overheadOf));
  console.log(
    b
      ? `SQL at ${size.requests} over 1.5x its SQL at ${b}: ${slower.length ? slower.map((r) => `${r.name} (${ratioOf(r).toFixed(2)})`).join(", ") : "none"}`
      : "no baseline database: no ratios",
  );
  console.log(
    `page p95 at or over 150 ms: ${slow.length ? slow.map((r) => `${r.name} (${f1(r.app.p95)})`).join(", ") : "none"}`,
  );
  console.log(
    `queue render overhead worst ${f1(worst)} ms against 3x the floor (${f1(3 * floor)} ms): ` +
      (heavy.length
        ? heavy.map((r) => `${r.name} (${f1(overheadOf(r))})`).join(", ")
        : "all under"),
  );
}
