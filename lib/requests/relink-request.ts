import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, orders, payouts, refundRequests } from "@/db/schema";
import { HOLDING_STATES } from "@/lib/payouts/vocabulary";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { evaluateRequest } from "./evaluate-request";

export type RelinkRequestOptions = {
  actorId: string;
  requestId: string;
  version: number;
  /** Account id (ACC-…) of the right customer; empty keeps the current one. */
  accountRef?: string;
  /** Order reference (ORD-…) of the right order; empty unlinks the order. */
  orderRef?: string;
};

/** Points a request at another customer and/or order, then re-runs the policy on the new facts. */
export async function relinkRequest(db: Db, opts: RelinkRequestOptions): Promise<void> {
  await db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, opts.requestId))
      .for("update");
    if (!req) throw new AppError("NOT_FOUND", { userMessage: "This request no longer exists." });
    if (req.version !== opts.version)
      throw new AppError("STALE", {
        userMessage: "This request changed since you opened it. Reload and try again.",
      });
    // Money booked for the order stays tied to it: a request whose refund holds or moved money keeps its order.
    const held = await tx
      .select({ id: payouts.id })
      .from(payouts)
      .where(and(eq(payouts.requestId, req.id), inArray(payouts.state, [...HOLDING_STATES])))
      .limit(1);
    if (held.length > 0)
      throw new AppError("CONFLICT", {
        userMessage:
          "A refund for this request is booked on its order: it cannot be moved to another order. Ask a manager to reopen the decision first.",
      });
    let customerId = req.customerId;
    if (opts.accountRef) {
      const [c] = await tx
        .select()
        .from(customers)
        .where(eq(customers.accountRef, opts.accountRef.trim().toUpperCase()));
      if (!c)
        throw new AppError("INVALID_INPUT", {
          userMessage: "No customer has that account id.",
          fieldErrors: { accountRef: ["No customer has that account id"] },
        });
      customerId = c.id;
    }
    let orderId: string | null = null;
    let productKind: string | null = null;
    if (opts.orderRef) {
      const [o] = await tx
        .select()
        .from(orders)
        .where(eq(orders.ref, opts.orderRef.trim().toUpperCase()));
      if (!o)
        throw new AppError("INVALID_INPUT", {
          userMessage: "No order has that reference.",
          fieldErrors: { orderRef: ["No order has that reference"] },
        });
      if (customerId && o.customerId !== customerId) {
        throw new AppError("INVALID_INPUT", {
          userMessage: "That order belongs to another customer.",
          fieldErrors: { orderRef: ["That order belongs to another customer"] },
        });
      }
      customerId = o.customerId;
      orderId = o.id;
      productKind = o.kind;
    }
    await tx
      .update(refundRequests)
      .set({
        customerId,
        orderId,
        productKind,
        customerMatched: customerId !== null,
        version: sql`${refundRequests.version} + 1`,
      })
      .where(eq(refundRequests.id, req.id));
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "request.relinked",
      entityType: "request",
      entityId: req.id,
      data: {
        before: { customerId: req.customerId, orderId: req.orderId },
        after: { customerId, orderId },
      },
    });
    await evaluateRequest(tx, req.id);
  });
}
