import type { Db } from "@/db/client";
import { recordAudit, type RecordAuditOptions } from "@/lib/audit/record-audit";
import type { MoneyActor } from "@/lib/ledger/actor";
import { applyProviderRefund, type ApplyOutcome } from "./apply-provider-refund";
import { bookPayoutCredit } from "./book-payout-credit";
import { lockPayout } from "./lock-payout";
import {
  ProviderRejectedError,
  type PaymentProvider,
  type ProviderRefundRequest,
} from "./provider/types";
import { markPayoutSent, providerRequestOf } from "./send-payout";
import type { PayoutState } from "./vocabulary";

export type AdvancePayoutOptions = {
  payoutId: string;
  provider: PaymentProvider;
  actor?: MoneyActor;
  now?: () => Date;
};

export type AdvancedPayout = { state: PayoutState | "missing"; steps: string[] };

type Plan = {
  state: PayoutState | "missing";
  next: "again" | "call" | "stop";
  call?: ProviderRefundRequest;
};

/**
 * Moves a payout as far as it can go now, one database transaction per
 * step: book the credit; for a direct refund, post the send and call the
 * provider (after commit, with the attempt's idempotency key); record the
 * provider's answer. Idempotent: run twice, or by two workers at once, it
 * books each step once (row locks and unique posting keys). A provider that
 * is unreachable makes it throw, so the job is retried with backoff, and the
 * retry calls the provider again with the same key: never a second payment.
 */
export async function advancePayout(db: Db, opts: AdvancePayoutOptions): Promise<AdvancedPayout> {
  const actor = opts.actor ?? { job: "payouts.advance" };
  const clock = opts.now ?? (() => new Date());
  const steps: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const plan = await db.transaction(async (tx): Promise<Plan> => {
      const l = await lockPayout(tx, opts.payoutId);
      if (!l) return { state: "missing", next: "stop" };
      const audits: RecordAuditOptions[] = [];
      let plan: Plan = { state: l.payout.state, next: "stop" };
      if (l.payout.state === "pending") {
        audits.push(...(await bookPayoutCredit(tx, l, actor, clock())));
        plan = { state: "credited", next: l.payout.destination === "direct" ? "again" : "stop" };
      } else if (l.payout.state === "ready") {
        audits.push(...(await markPayoutSent(tx, l, opts.provider.name, actor, clock())));
        const sent = { ...l, payout: { ...l.payout, attempt: l.payout.attempt + 1 } };
        plan = { state: "sent", next: "call", call: providerRequestOf(sent) };
      } else if (l.payout.state === "sent" && !l.payout.providerRefundId) {
        // Sent, but the provider's answer never arrived (a crash or a timeout): ask again, same key.
        plan = { state: "sent", next: "call", call: providerRequestOf(l) };
      }
      for (const a of audits) await recordAudit(tx, a);
      return plan;
    });
    steps.push(plan.next === "call" ? `${plan.state}→provider` : plan.state);
    if (plan.next === "stop") return { state: plan.state, steps };
    if (plan.next === "call") {
      const outcome = await callProvider(db, opts.provider, plan.call!, actor);
      steps.push(outcome);
      return {
        state: outcome === "settled" ? "settled" : outcome === "failed" ? "failed" : "sent",
        steps,
      };
    }
  }
  return { state: "sent", steps };
}

async function callProvider(
  db: Db,
  provider: PaymentProvider,
  request: ProviderRefundRequest,
  actor: MoneyActor,
): Promise<ApplyOutcome> {
  try {
    const refund = await provider.refund(request);
    return await applyProviderRefund(db, refund, actor);
  } catch (err) {
    // A different refund under this key may already be paid: never book that as a failure.
    if (!(err instanceof ProviderRejectedError) || err.code === "idempotency_mismatch") throw err;
    // Refused outright (not a timeout): this attempt failed, the money goes back to the balance.
    return applyProviderRefund(
      db,
      {
        providerRefundId: "",
        idempotencyKey: request.idempotencyKey,
        status: "failed",
        amountMinor: request.amountMinor,
        currency: request.currency,
        failureReason: err.reason,
      },
      actor,
    );
  }
}
