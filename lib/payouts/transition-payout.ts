import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { payoutEvents, payouts, refundRequests, type Payout } from "@/db/schema";
import type { RequestStatus } from "@/db/schema/enums";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import { actorColumns, auditActorId, type MoneyActor } from "@/lib/ledger/actor";
import type { AttentionKind, PayoutState } from "./vocabulary";

export type TransitionOptions = {
  to: PayoutState;
  actor: MoneyActor;
  /** Why, for the timeline (a provider's reason, an approver's note). */
  note?: string | null;
  /** Other payout columns changed with the state. */
  set?: Partial<typeof payouts.$inferInsert>;
  /** The request's new place in the queue, when the payout decides it. */
  request?: {
    status: RequestStatus;
    attention?: AttentionKind | null;
    attentionNote?: string | null;
  };
  data?: Record<string, unknown>;
};

/**
 * Moves a locked payout to its next state with its timeline event, and the
 * request's status with it. The database refuses a transition the payout
 * state machine does not allow (migration 0015). Returns the audit entry to
 * append at the end of the transaction.
 */
export async function transitionPayout(
  tx: Tx,
  payout: Payout,
  opts: TransitionOptions,
): Promise<RecordAuditOptions> {
  await tx
    .update(payouts)
    .set({ ...opts.set, state: opts.to })
    .where(eq(payouts.id, payout.id));
  await tx.insert(payoutEvents).values({
    payoutId: payout.id,
    fromState: payout.state,
    toState: opts.to,
    note: opts.note ?? null,
    data: opts.data ?? null,
    ...actorColumns(opts.actor),
  });
  if (opts.request && payout.requestId)
    await tx
      .update(refundRequests)
      .set({
        status: opts.request.status,
        ...(opts.request.attention !== undefined
          ? { attention: opts.request.attention, attentionNote: opts.request.attentionNote ?? null }
          : {}),
        version: sql`${refundRequests.version} + 1`,
      })
      .where(eq(refundRequests.id, payout.requestId));
  return {
    actorId: auditActorId(opts.actor),
    action: `payout.${opts.to}`,
    entityType: "payout",
    entityId: payout.id,
    data: {
      requestId: payout.requestId,
      orderId: payout.orderId,
      from: payout.state,
      to: opts.to,
      amountMinor: payout.amountMinor,
      currency: payout.currency,
      destination: payout.destination,
      note: opts.note ?? null,
      job: "job" in opts.actor ? opts.actor.job : null,
      requestStatus: opts.request?.status ?? null,
      ...opts.data,
    },
  };
}
