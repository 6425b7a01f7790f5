import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  customers,
  jobRuns,
  ledgerEntries,
  ledgerTransactions,
  ledgerAccounts,
  orders,
  refundRequests,
} from "../schema";
import { AUTO_REFUND_DEADLINE_MS, AUTO_REFUND_JOB } from "@/lib/payouts/book-automatic-refunds";

/** The disposable job's last runs, for managers. */
export function recentAutomaticRuns(db: Db, limit = 15) {
  return db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.job, AUTO_REFUND_JOB))
    .orderBy(desc(jobRuns.startedAt))
    .limit(limit);
}

/**
 * Activations that missed DISP-AUTO-NO-SMS's minute 20: booked later than 20
 * minutes after activation, or still not booked (no SMS, no refund) past it.
 */
export function missedAutomaticRefunds(db: Db, now = new Date(), limit = 50) {
  const deadline = sql`${orders.activatedAt} + make_interval(secs => ${AUTO_REFUND_DEADLINE_MS / 1000})`;
  return db
    .select({
      orderId: orders.id,
      ref: orders.ref,
      customerName: customers.name,
      activatedAt: orders.activatedAt,
      bookedAt: orders.autoRefundedAt,
      paidMinor: orders.paidMinor,
      currency: orders.currency,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(
      and(
        eq(orders.kind, "disposable_number"),
        sql`(${orders.autoRefundedAt} > ${deadline} OR (${orders.autoRefundedAt} IS NULL AND ${deadline} < ${now.toISOString()}::timestamptz
          AND ${orders.refundCommittedMinor} = 0 AND NOT EXISTS (SELECT 1 FROM sms_messages s WHERE s.order_id = ${orders.id})))`,
      ),
    )
    .orderBy(desc(orders.activatedAt))
    .limit(limit);
}

/** Money paid out that later decisions say was not owed: recovery_receivable postings, newest first. */
export function recoveries(db: Db, limit = 50) {
  return db
    .select({
      id: ledgerTransactions.id,
      at: ledgerTransactions.createdAt,
      amountMinor: ledgerEntries.amountMinor,
      currency: ledgerEntries.currency,
      description: ledgerTransactions.description,
      requestId: ledgerTransactions.requestId,
      requestRef: refundRequests.ref,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .leftJoin(refundRequests, eq(refundRequests.id, ledgerTransactions.requestId))
    .where(
      and(
        eq(ledgerAccounts.kind, "recovery_receivable"),
        isNull(ledgerTransactions.correctsId),
        lt(sql`0`, ledgerEntries.amountMinor),
      ),
    )
    .orderBy(desc(ledgerTransactions.seq))
    .limit(limit);
}
