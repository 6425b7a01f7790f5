/**
 * `npm run keys:rotate [-- --batch-size N]`: seals the rows stored before sealing, then re-seals
 * every value of every sealed column that is not under PAYMENT_DETAILS_KEY (older keys, listed in
 * PAYMENT_DETAILS_OLD_KEYS, and the v1 format) with it. Batches of N rows (default 500), each
 * one transaction: interrupted, it keeps what it did; run again, it does only the rest. Exits 1
 * naming table, column and row when a value opens with no configured key (that batch unwritten).
 */
import { createDb } from "../db/client";
import { SealedValueError } from "../lib/sealing/reseal-table";
import { sealingKeyring } from "../lib/sealing/keyring-from-env";
import { rotateKeys } from "../lib/sealing/rotate-keys";
import { connectCliDatabase } from "./lib/connect-cli-database";
import { ensureLocalSecrets } from "./lib/local-config";

function batchSize(): number {
  const i = process.argv.indexOf("--batch-size");
  if (i < 0) return 500;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error("--batch-size must be a positive integer");
  return n;
}

async function main(): Promise<number> {
  // A machine without configuration keeps its key in .data/local-secrets.json, as npm start does.
  if (!process.env.PAYMENT_DETAILS_KEY) ensureLocalSecrets();
  const ring = sealingKeyring();
  const limit = batchSize();
  const { appUrl, embedded } = await connectCliDatabase();
  // As the app: the role that seals and opens these values every day.
  const { db, sql } = createDb(appUrl, 2);
  try {
    const report = await rotateKeys(db, {
      ring,
      batchSize: limit,
      onProgress: (p) => console.error(`${p.table}: ${p.step} ${p.done}/${p.of}`),
    });
    for (const [table, n] of Object.entries(report.sealedFromClear))
      console.log(`${table}: ${n} sealed from the clear`);
    for (const [table, n] of Object.entries(report.resealed))
      console.log(`${table}: ${n} re-sealed`);
    console.log(`keys:rotate ok: every sealed value is under key "${report.keyId}"`);
    return 0;
  } catch (err) {
    if (!(err instanceof SealedValueError)) throw err;
    console.error(`keys:rotate stopped: ${err.message}`);
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
