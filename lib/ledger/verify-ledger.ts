import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { checkPayoutChains, type PayoutChainRow } from "./check-payout-chains";
import { LEDGER_CHECKS } from "./ledger-checks";

export type Violation = {
  invariant: string;
  detail: string;
  ids: Record<string, string | number | null>;
};

const LIMIT = 100;

/** Per-payout transaction counts and amounts, keyset-paged, for invariant 4's chain check. */
async function* payoutChains(tx: Tx): AsyncGenerator<PayoutChainRow[]> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await tx.execute<PayoutChainRow & Record<string, unknown>>(sql`
      SELECT p.id, p.state, p.attempt, p.approval_stage AS "approvalStage", p.amount_minor::int AS "amountMinor",
             p.reversed_minor::int AS "reversedMinor",
             coalesce(jsonb_object_agg(k.kind, jsonb_build_object('n', k.n, 'amounts', k.amounts, 'total', k.total)) FILTER (WHERE k.kind IS NOT NULL), '{}') AS postings
      FROM payouts p LEFT JOIN LATERAL (
        SELECT t.kind::text, count(DISTINCT t.id)::int AS n, array_agg(DISTINCT e.amount_minor) AS amounts,
               sum(e.amount_minor)::bigint AS total
        FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id
        WHERE t.payout_id = p.id AND e.amount_minor > 0 GROUP BY t.kind) k ON true
      WHERE p.id > ${after}::uuid GROUP BY p.id ORDER BY p.id LIMIT 5000`);
    if (rows.length === 0) return;
    yield rows as unknown as PayoutChainRow[];
    after = String(rows[rows.length - 1]!.id);
  }
}

/**
 * Checks every invariant of money-spec.md on one consistent snapshot
 * (REPEATABLE READ, read only) and returns each violation with its ids.
 * Memory stays flat: SQL aggregates, and payouts read 5 000 at a time.
 */
export async function verifyLedger(
  db: Db,
): Promise<{ violations: Violation[]; counts: Record<string, number> }> {
  return db.transaction(
    async (tx) => {
      const violations: Violation[] = [];
      for (const check of LEDGER_CHECKS) {
        const rows = await tx.execute<Record<string, unknown>>(sql`${check.query} LIMIT ${LIMIT}`);
        for (const r of rows)
          violations.push({
            invariant: check.invariant,
            detail: check.describe(r),
            ids: pickIds(r),
          });
      }
      let payoutsChecked = 0;
      for await (const batch of payoutChains(tx)) {
        payoutsChecked += batch.length;
        for (const v of checkPayoutChains(batch))
          if (violations.length < 10 * LIMIT) violations.push(v);
      }
      const [c] = await tx.execute<{ transactions: number; entries: number }>(
        sql`SELECT (SELECT count(*) FROM ledger_transactions)::int AS transactions, (SELECT count(*) FROM ledger_entries)::int AS entries`,
      );
      return {
        violations,
        counts: { transactions: c!.transactions, entries: c!.entries, payouts: payoutsChecked },
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

function pickIds(r: Record<string, unknown>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(r))
    if (k.endsWith("_id") || k === "ref" || k === "idempotency_key") out[k] = v as string;
  return out;
}
