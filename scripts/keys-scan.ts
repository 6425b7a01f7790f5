/**
 * `npm run --silent keys:scan`: looks for full card numbers and IBANs stored in the clear, in
 * every text-like column of every table outside the sealed columns. Prints each finding as
 * table.column, row id and the masked value (never the value) and exits 1; else exits 0.
 */
import { createDb } from "../db/client";
import { describeFindings, scanPlaintext } from "../lib/sealing/scan-plaintext";
import { connectCliDatabase } from "./lib/connect-cli-database";

async function main(): Promise<number> {
  const { url, embedded } = await connectCliDatabase();
  // As the owner: it sees every schema, the job queue's included.
  const { db, sql } = createDb(url, 1);
  try {
    const findings = await scanPlaintext(db);
    if (findings.length === 0) {
      console.log("keys:scan ok: no full card number or IBAN in the clear");
      return 0;
    }
    console.log(describeFindings(findings));
    console.log(`keys:scan FAILED: ${findings.length} value(s) in the clear`);
    return 1;
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
