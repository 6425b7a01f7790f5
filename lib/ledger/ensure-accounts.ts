import { and, eq, isNull, or, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ledgerAccounts } from "@/db/schema";
import { accountIdentity, accountKey, type AccountRef } from "./account-ref";

function identityMatch(ref: AccountRef, currency: string): SQL {
  const id = accountIdentity(ref);
  return and(
    eq(ledgerAccounts.kind, id.kind),
    id.customerId
      ? eq(ledgerAccounts.customerId, id.customerId)
      : isNull(ledgerAccounts.customerId),
    id.provider ? eq(ledgerAccounts.provider, id.provider) : isNull(ledgerAccounts.provider),
    eq(ledgerAccounts.currency, currency),
  )!;
}

/**
 * The ids of these accounts in this currency, opening the missing ones. An
 * account opened by a concurrent transaction is read after its insert
 * conflicts (a new statement, so it sees the committed row).
 */
export async function ensureAccounts(
  tx: Tx,
  refs: AccountRef[],
  currency: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const read = async (wanted: AccountRef[]) => {
    if (wanted.length === 0) return;
    const rows = await tx
      .select()
      .from(ledgerAccounts)
      .where(or(...wanted.map((r) => identityMatch(r, currency))));
    for (const row of rows) {
      const ref = wanted.find((r) => {
        const id = accountIdentity(r);
        return (
          id.kind === row.kind && id.customerId === row.customerId && id.provider === row.provider
        );
      });
      if (ref) ids.set(accountKey(ref, currency), row.id);
    }
  };
  await read(refs);
  const missing = refs.filter((r) => !ids.has(accountKey(r, currency)));
  if (missing.length > 0) {
    await tx
      .insert(ledgerAccounts)
      .values(missing.map((r) => ({ ...accountIdentity(r), currency })))
      .onConflictDoNothing();
    await read(missing);
  }
  for (const r of refs)
    if (!ids.has(accountKey(r, currency)))
      throw new Error(`ledger account ${accountKey(r, currency)} could not be opened`);
  return ids;
}
