import { afterAll, inject } from "vitest";
import { createDb } from "../client";
import { verifyLedger } from "@/lib/ledger/verify-ledger";

/**
 * ledger:verify on what each integration test file leaves behind, before the next file's reset
 * empties the tables: a money test that books something the invariants forbid fails its own file,
 * not only when it happens to run last.
 */
afterAll(async () => {
  const { db, sql } = createDb(inject("databaseUrl"), 1);
  try {
    const { violations } = await verifyLedger(db);
    if (violations.length > 0)
      throw new Error(`ledger:verify after this file: ${JSON.stringify(violations, null, 2)}`);
  } finally {
    await sql.end();
  }
});
