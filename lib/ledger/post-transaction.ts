import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ledgerEntries, ledgerTransactions } from "@/db/schema";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import { accountKey } from "./account-ref";
import { actorColumns, auditActorId, type MoneyActor } from "./actor";
import { checkPosting, mergeLines, type PostingLine } from "./check-posting";
import { ensureAccounts } from "./ensure-accounts";
import type { LedgerTransactionKind } from "./vocabulary";

export type PostTransactionOptions = {
  /** Derived from the cause (money-spec.md), e.g. `payout:<id>:credit`: posting it again is a no-op. */
  key: string;
  kind: LedgerTransactionKind;
  /** The one currency of every line: no posting converts currencies. */
  currency: string;
  /** One line a manager reads in the ledger history. */
  description: string;
  lines: PostingLine[];
  /** What it belongs to; `orderId` is required when a line touches refunds_expense (the cap). */
  links: {
    orderId?: string | null;
    customerId?: string | null;
    requestId?: string | null;
    decisionId?: string | null;
    payoutId?: string | null;
    correctsId?: string | null;
  };
  actor: MoneyActor;
};

export type PostedTransaction = {
  transactionId: string;
  /** False when the key was already posted: nothing was written. */
  posted: boolean;
  /** The audit entry to append at the end of the caller's transaction (audit appends go last). */
  audit: RecordAuditOptions | null;
};

/**
 * Books one balanced transaction inside the caller's database transaction.
 * Lines are written in account-id order so concurrent postings lock
 * accounts in one order (no deadlocks). The database refuses an unbalanced
 * transaction at commit, a customer balance below zero, and a refund above
 * what the order was paid (triggers of migration 0015).
 */
export async function postTransaction(
  tx: Tx,
  opts: PostTransactionOptions,
): Promise<PostedTransaction> {
  const lines = mergeLines(opts.lines, opts.currency);
  const problems = checkPosting(opts.key, opts.currency, lines);
  if (problems.length > 0)
    throw new Error(`posting ${opts.key} refused: ${JSON.stringify(problems)}`);
  const [created] = await tx
    .insert(ledgerTransactions)
    .values({
      kind: opts.kind,
      idempotencyKey: opts.key,
      description: opts.description,
      orderId: opts.links.orderId ?? null,
      customerId: opts.links.customerId ?? null,
      requestId: opts.links.requestId ?? null,
      decisionId: opts.links.decisionId ?? null,
      payoutId: opts.links.payoutId ?? null,
      correctsId: opts.links.correctsId ?? null,
      ...actorColumns(opts.actor),
    })
    .onConflictDoNothing({ target: ledgerTransactions.idempotencyKey })
    .returning({ id: ledgerTransactions.id });
  if (!created) {
    const [existing] = await tx
      .select({ id: ledgerTransactions.id, kind: ledgerTransactions.kind })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.idempotencyKey, opts.key));
    if (!existing || existing.kind !== opts.kind)
      throw new Error(
        `idempotency key ${opts.key} already names a ${existing?.kind ?? "missing"} transaction`,
      );
    return { transactionId: existing.id, posted: false, audit: null };
  }
  const ids = await ensureAccounts(
    tx,
    lines.map((l) => l.account),
    opts.currency,
  );
  const rows = lines
    .map((l) => ({
      transactionId: created.id,
      accountId: ids.get(accountKey(l.account, opts.currency))!,
      amountMinor: l.amountMinor,
      currency: opts.currency,
    }))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
  // One statement per line, in account order: the trigger locks each account row as it goes.
  for (const row of rows) await tx.insert(ledgerEntries).values(row);
  return {
    transactionId: created.id,
    posted: true,
    audit: {
      actorId: auditActorId(opts.actor),
      action: "ledger.posted",
      entityType: "ledger_transaction",
      entityId: created.id,
      data: {
        key: opts.key,
        kind: opts.kind,
        currency: opts.currency,
        description: opts.description,
        lines: lines.map((l) => ({
          account: accountKey(l.account, opts.currency),
          amountMinor: l.amountMinor,
        })),
        links: opts.links,
        job: "job" in opts.actor ? opts.actor.job : null,
      },
    },
  };
}
