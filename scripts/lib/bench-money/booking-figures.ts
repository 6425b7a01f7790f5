import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { verifyLedger } from "../../../lib/ledger/verify-ledger";

const MB = (b: number) => Math.round(b / 1024 / 1024);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};

/**
 * Waits until every payout is booked (credited, settled or failed), then reads
 * what the bench reports: rates since `t0`, decision-to-booked latencies, and
 * ledger:verify's time at this size.
 */
export async function bookingFigures(
  db: Db,
  o: { payouts: number; t0: number; decided: number; peakRss: { bench: number; runner: number } },
) {
  for (;;) {
    const [open] = await db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM payouts WHERE state NOT IN ('credited', 'settled', 'failed')`,
    );
    if (open!.n === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const done = performance.now();
  const [tx] = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ledger_transactions`,
  );
  const lat = await db.execute<{ destination: string; ms: number }>(sql`
    SELECT p.destination::text, extract(epoch FROM coalesce(p.settled_at, p.credited_at) - d.created_at) * 1000 AS ms
    FROM payouts p JOIN decisions d ON d.id = p.decision_id`);
  const bal = lat.filter((l) => l.destination === "balance").map((l) => Number(l.ms));
  const dir2 = lat.filter((l) => l.destination === "direct").map((l) => Number(l.ms));
  const v0 = performance.now();
  const verified = await verifyLedger(db);
  const verifyMs = performance.now() - v0;
  const summary = {
    payouts: o.payouts,
    decisionsPerSecond: Math.round(o.payouts / ((o.decided - o.t0) / 1000)),
    postings: tx!.n,
    postingsPerSecond: Math.round(tx!.n / ((done - o.t0) / 1000)),
    secondsToBookAll: Math.round((done - o.t0) / 100) / 10,
    balanceCreditedMs: { p50: Math.round(pct(bal, 50)), p95: Math.round(pct(bal, 95)) },
    directSettledMs: { p50: Math.round(pct(dir2, 50)), p95: Math.round(pct(dir2, 95)) },
    ledgerVerifyMs: Math.round(verifyMs),
    ledgerViolations: verified.violations.length,
    peakRssMb: { bench: MB(o.peakRss.bench), runner: MB(o.peakRss.runner) },
  };
  return summary;
}
