/**
 * `npm run --silent ledger:verify`: checks every invariant of the money
 * ledger (shared/money-spec.md) on one consistent snapshot; prints each
 * violation with its ids and exits 1, or prints the counts and exits 0.
 * `--json` prints the result as JSON.
 */
import { createDb } from "../db/client";
import { verifyLedger } from "../lib/ledger/verify-ledger";
import { connectCliDatabase } from "./lib/connect-cli-database";

async function main(): Promise<number> {
  const { appUrl, embedded } = await connectCliDatabase();
  // Reads only: the app's role sees every table.
  const { db, sql } = createDb(appUrl, 2);
  try {
    const started = performance.now();
    const result = await verifyLedger(db);
    const ms = Math.round(performance.now() - started);
    if (process.argv.includes("--json")) console.log(JSON.stringify({ ...result, ms }, null, 2));
    else if (result.violations.length === 0)
      console.log(
        `ledger:verify ok: ${result.counts.transactions} transactions, ${result.counts.entries} entries, ${result.counts.payouts} payouts checked in ${ms} ms`,
      );
    else {
      for (const v of result.violations)
        console.log(`VIOLATION [${v.invariant}] ${v.detail} ${JSON.stringify(v.ids)}`);
      console.log(`ledger:verify FAILED: ${result.violations.length} violation(s)`);
    }
    return result.violations.length === 0 ? 0 : 1;
  } finally {
    await sql.end();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
