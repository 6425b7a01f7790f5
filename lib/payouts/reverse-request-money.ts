import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, payouts, type Payout } from "@/db/schema";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import { account } from "@/lib/ledger/account-ref";
import type { MoneyActor } from "@/lib/ledger/actor";
import { transfer } from "@/lib/ledger/check-posting";
import { postTransaction } from "@/lib/ledger/post-transaction";
import { postingKey } from "./expected-postings";

/** Where a payout's money sits now: on the customer's balance, or paid out to them. */
const paidOut = (p: Payout) => p.state === "settled";

/**
 * A reopened decision that lowers a refund takes the difference back
 * (money-spec.md), newest payout first, by compensating postings, never by
 * editing: from the balance as far as it allows (customer_balance →
 * refunds_expense), the rest, and anything already paid out, into
 * recovery_receivable for managers to recover. Payouts must be locked.
 */
export async function reverseRequestMoney(
  tx: Tx,
  o: { payouts: Payout[]; amountMinor: number; decisionId: string; actor: MoneyActor },
): Promise<RecordAuditOptions[]> {
  const audits: RecordAuditOptions[] = [];
  let remaining = o.amountMinor;
  const newestFirst = [...o.payouts].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const p of newestFirst) {
    if (remaining <= 0) break;
    const part = Math.min(p.amountMinor - p.reversedMinor, remaining);
    if (part <= 0) continue;
    const [c] = await tx
      .select({ owed: customers.balanceMinor, currency: customers.currency })
      .from(customers)
      .where(eq(customers.id, p.customerId))
      .for("update");
    const onBalance = paidOut(p) || c?.currency !== p.currency ? 0 : Math.max(0, c.owed);
    const fromBalance = Math.min(part, onBalance);
    const links = {
      orderId: p.orderId,
      customerId: p.customerId,
      requestId: p.requestId,
      decisionId: o.decisionId,
      payoutId: p.id,
    };
    if (fromBalance > 0) {
      const r = await postTransaction(tx, {
        key: postingKey.reversal(o.decisionId, p.id),
        kind: "reversal",
        currency: p.currency,
        description: "Taken back from the balance: a reopened decision lowered the refund",
        lines: transfer(account.customer(p.customerId), account.expense(), fromBalance),
        links,
        actor: o.actor,
      });
      if (r.audit) audits.push(r.audit);
    }
    if (part > fromBalance) {
      const r = await postTransaction(tx, {
        key: postingKey.recovery(o.decisionId, p.id),
        kind: "recovery",
        currency: p.currency,
        description: paidOut(p)
          ? "Paid out but no longer owed after a reopened decision: to recover"
          : "No longer owed after a reopened decision, and no longer on the balance: to recover",
        lines: transfer(account.recovery(), account.expense(), part - fromBalance),
        links,
        actor: o.actor,
      });
      if (r.audit) audits.push(r.audit);
    }
    await tx
      .update(payouts)
      .set({ reversedMinor: sql`${payouts.reversedMinor} + ${part}` })
      .where(eq(payouts.id, p.id));
    remaining -= part;
  }
  if (remaining > 0)
    throw new Error(`reversal of ${o.amountMinor} exceeds what the request's payouts hold`);
  return audits;
}
