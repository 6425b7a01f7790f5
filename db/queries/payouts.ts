import { and, desc, eq, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../client";
import { customers, decisions, orders, payouts, refundRequests, users } from "../schema";
import { FINAL_STATES, PAYOUT_STATES } from "@/lib/payouts/vocabulary";

/** The Payouts page's filters, from the URL. */
export const payoutFiltersSchema = z.object({
  state: z.enum(PAYOUT_STATES).optional().catch(undefined),
  destination: z.enum(["balance", "direct", "alternative"]).optional().catch(undefined),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .catch(undefined),
  dueFrom: z.iso.date().optional().catch(undefined),
  dueTo: z.iso.date().optional().catch(undefined),
  overdue: z.literal("1").optional().catch(undefined),
  /** Keyset cursor: `<created_at ISO>|<id>` of the last row shown. */
  after: z
    .string()
    .max(100)
    .regex(/^[0-9T:.\-Z]+\|[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
export type PayoutFilters = z.output<typeof payoutFiltersSchema>;

function where(f: PayoutFilters, now: Date): SQL | undefined {
  const parts: (SQL | undefined)[] = [
    f.state ? eq(payouts.state, f.state) : undefined,
    f.destination === "alternative"
      ? sql`${payouts.alternativeMethod} IS NOT NULL`
      : f.destination
        ? eq(payouts.destination, f.destination)
        : undefined,
    f.currency ? eq(payouts.currency, f.currency) : undefined,
    f.dueFrom ? gte(payouts.dueBy, new Date(`${f.dueFrom}T00:00:00Z`)) : undefined,
    f.dueTo ? lte(payouts.dueBy, new Date(`${f.dueTo}T23:59:59.999Z`)) : undefined,
    f.overdue
      ? and(lt(payouts.dueBy, now), notInArray(payouts.state, [...FINAL_STATES]))
      : undefined,
  ];
  return and(...parts.filter(Boolean));
}

/** One page of payouts, newest first, with the request, customer and decider they belong to. */
export async function listPayouts(db: Db, f: PayoutFilters, now = new Date(), limit = 50) {
  const [afterAt, afterId] = f.after ? f.after.split("|") : [];
  const cursor =
    afterAt && afterId
      ? or(
          lt(payouts.createdAt, new Date(afterAt)),
          and(eq(payouts.createdAt, new Date(afterAt)), lt(payouts.id, afterId)),
        )
      : undefined;
  const rows = await db
    .select({
      p: payouts,
      requestRef: refundRequests.ref,
      customerName: customers.name,
      orderRef: orders.ref,
      decidedBy: users.name,
    })
    .from(payouts)
    .innerJoin(customers, eq(customers.id, payouts.customerId))
    .innerJoin(orders, eq(orders.id, payouts.orderId))
    .leftJoin(refundRequests, eq(refundRequests.id, payouts.requestId))
    .leftJoin(decisions, eq(decisions.id, payouts.decisionId))
    .leftJoin(users, eq(users.id, decisions.decidedBy))
    .where(and(where(f, now), cursor))
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      ...r.p,
      requestRef: r.requestRef,
      customerName: r.customerName,
      orderRef: r.orderRef,
      decidedBy: r.decidedBy,
    })),
    next: rows.length > limit && last ? `${last.p.createdAt.toISOString()}|${last.p.id}` : null,
  };
}

/** Totals per currency and state for the same filters: never adds one currency to another. */
export async function payoutTotals(db: Db, f: PayoutFilters, now = new Date()) {
  return db
    .select({
      currency: payouts.currency,
      state: payouts.state,
      count: sql<number>`count(*)::int`,
      amountMinor:
        sql<number>`sum(${payouts.amountMinor} - ${payouts.reversedMinor})::bigint`.mapWith(Number),
    })
    .from(payouts)
    .where(where(f, now))
    .groupBy(payouts.currency, payouts.state)
    .orderBy(payouts.currency, payouts.state);
}

/** The Approvals inbox: payouts waiting for a manager, oldest first, with who decided and why they wait. */
export async function listApprovals(db: Db) {
  const rows = await db
    .select({
      p: payouts,
      requestRef: refundRequests.ref,
      customerName: customers.name,
      decidedById: decisions.decidedBy,
      decidedBy: users.name,
      kind: decisions.kind,
      justification: decisions.justification,
      recAmountMinor: refundRequests.recAmountMinor,
    })
    .from(payouts)
    .innerJoin(customers, eq(customers.id, payouts.customerId))
    .leftJoin(refundRequests, eq(refundRequests.id, payouts.requestId))
    .leftJoin(decisions, eq(decisions.id, payouts.decisionId))
    .leftJoin(users, eq(users.id, decisions.decidedBy))
    .where(inArray(payouts.state, ["awaiting_approval"]))
    .orderBy(payouts.createdAt)
    .limit(200);
  return rows.map((r) => ({ ...r.p, ...r, p: undefined }));
}
