import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import {
  ledgerAccounts,
  ledgerEntries,
  ledgerTransactions,
  payoutEvents,
  payouts,
  refundRequests,
  users,
} from "../schema";

/**
 * The money of a request's page: its payouts with their timelines, and the
 * customer's balance per currency with the ledger postings that moved it
 * (newest first), each with its reason and the request it belongs to.
 */
export async function getRequestMoney(db: Db, o: { requestId: string; customerId: string | null }) {
  const payoutRows = await db
    .select({ p: payouts, approverName: users.name })
    .from(payouts)
    .leftJoin(users, eq(users.id, payouts.approvalBy))
    .where(eq(payouts.requestId, o.requestId))
    .orderBy(desc(payouts.createdAt));
  const ids = payoutRows.map((r) => r.p.id);
  const [events, accounts] = await Promise.all([
    ids.length
      ? db
          .select({ e: payoutEvents, by: users.name })
          .from(payoutEvents)
          .leftJoin(users, eq(users.id, payoutEvents.actorId))
          .where(inArray(payoutEvents.payoutId, ids))
          .orderBy(asc(payoutEvents.id))
      : [],
    o.customerId
      ? db
          .select({
            id: ledgerAccounts.id,
            currency: ledgerAccounts.currency,
            balanceMinor: ledgerAccounts.balanceMinor,
          })
          .from(ledgerAccounts)
          .where(
            and(
              eq(ledgerAccounts.kind, "customer_balance"),
              eq(ledgerAccounts.customerId, o.customerId),
            ),
          )
      : [],
  ]);
  // Read from the customer's own accounts: joined through the accounts instead, the planner walked
  // every posting of every customer newest first looking for thirty of theirs (1.2 s at
  // 2 000 000 requests for a customer with none).
  const postings = accounts.length
    ? await db
        .select({
          id: ledgerTransactions.id,
          kind: ledgerTransactions.kind,
          description: ledgerTransactions.description,
          at: ledgerTransactions.createdAt,
          amountMinor: ledgerEntries.amountMinor,
          currency: ledgerEntries.currency,
          requestId: ledgerTransactions.requestId,
          requestRef: refundRequests.ref,
          actorJob: ledgerTransactions.actorJob,
          actorName: users.name,
        })
        .from(ledgerEntries)
        .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
        .leftJoin(refundRequests, eq(refundRequests.id, ledgerTransactions.requestId))
        .leftJoin(users, eq(users.id, ledgerTransactions.actorId))
        .where(
          inArray(
            ledgerEntries.accountId,
            accounts.map((a) => a.id),
          ),
        )
        .orderBy(desc(ledgerTransactions.seq))
        .limit(30)
    : [];
  const balances = accounts;
  return {
    payouts: payoutRows.map((r) => ({
      ...r.p,
      approverName: r.approverName,
      events: events.filter((e) => e.e.payoutId === r.p.id).map((e) => ({ ...e.e, by: e.by })),
    })),
    // The balance is a liability: the customer is owed the credit side of the account.
    balances: balances.map((b) => ({ currency: b.currency, owedMinor: -b.balanceMinor })),
    // Positive: credited to the customer; negative: paid out or taken back.
    postings: postings.map((p) => ({ ...p, amountMinor: -p.amountMinor })),
  };
}
export type RequestMoney = Awaited<ReturnType<typeof getRequestMoney>>;
