import { createDb } from "../client";
import { verifyLedger } from "@/lib/ledger/verify-ledger";

/**
 * ledger:verify on the test database at `url`: throws naming every violation, `when` saying at
 * which point of the run; returns the number of transactions checked.
 */
export async function assertLedgerClean(
  url: string,
  when: string,
): Promise<Record<string, number>> {
  const { db, sql } = createDb(url, 1);
  try {
    const { violations, counts } = await verifyLedger(db);
    if (violations.length > 0)
      throw new Error(`ledger:verify ${when}: ${JSON.stringify(violations, null, 2)}`);
    return counts;
  } finally {
    await sql.end();
  }
}
