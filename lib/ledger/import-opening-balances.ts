import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, ledgerAccounts } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { postingKey } from "@/lib/payouts/expected-postings";
import { account } from "./account-ref";
import { transfer } from "./check-posting";
import { postTransaction } from "./post-transaction";

export const OPENING_BALANCE_JOB = "ledger.opening-balances";

/**
 * Starts the ledger of customers who arrive with a balance (from billing, or
 * the demo data): opening_balance → customer_balance for what they hold, so
 * their balance derives from entries like every other. Only customers with
 * no balance account yet; the posting key makes a rerun a no-op.
 */
export async function importOpeningBalances(db: Db): Promise<{ imported: number }> {
  const rows = await db
    .select({ id: customers.id, balance: customers.balanceMinor, currency: customers.currency })
    .from(customers)
    .where(
      and(
        gt(customers.balanceMinor, 0),
        sql`NOT EXISTS (SELECT 1 FROM ${ledgerAccounts} WHERE ${ledgerAccounts.customerId} = ${customers.id} AND ${ledgerAccounts.currency} = ${customers.currency})`,
      ),
    );
  let imported = 0;
  for (const c of rows) {
    await db.transaction(async (tx) => {
      const [locked] = await tx
        .select()
        .from(customers)
        .where(eq(customers.id, c.id))
        .for("update");
      if (!locked || locked.balanceMinor <= 0) return;
      const posted = await postTransaction(tx, {
        key: postingKey.opening(c.id, c.currency),
        kind: "opening_balance",
        currency: c.currency,
        description: "Balance carried over from billing when the customer's ledger started",
        lines: transfer(account.opening(), account.customer(c.id), locked.balanceMinor),
        links: { customerId: c.id },
        actor: { job: OPENING_BALANCE_JOB },
      });
      if (posted.audit) {
        await recordAudit(tx, posted.audit);
        imported++;
      }
    });
  }
  return { imported };
}
