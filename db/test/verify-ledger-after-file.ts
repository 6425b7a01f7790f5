import { afterAll, inject } from "vitest";
import { assertLedgerClean } from "./assert-ledger-clean";

/**
 * ledger:verify on what each integration test file leaves behind, before the next file's reset
 * empties the tables: a money test that books something the invariants forbid fails its own file,
 * not only when it happens to run last.
 */
afterAll(async () => {
  await assertLedgerClean(inject("databaseUrl"), "after this file");
});
