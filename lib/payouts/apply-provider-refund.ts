import type { Db, Tx } from "@/db/client";
import { payoutEvents, payouts } from "@/db/schema";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorColumns, type MoneyActor } from "@/lib/ledger/actor";
import { lockPayout } from "./lock-payout";
import type { ProviderRefund } from "./provider/types";
import { settleOrFailPayout } from "./settle-or-fail-payout";

/** `payout:<id>:<attempt>` → its parts; null for a key this app did not make. */
export function parseProviderKey(key: string): { payoutId: string; attempt: number } | null {
  const m = /^payout:([0-9a-f-]{36}):([1-9][0-9]{0,5})$/.exec(key);
  return m ? { payoutId: m[1]!, attempt: Number(m[2]) } : null;
}

export type ApplyOutcome = "settled" | "failed" | "acknowledged" | "ignored";

/**
 * Applies what the provider says of one attempt (its answer to the send, a
 * webhook, or a reconciliation read), inside the caller's transaction. Only
 * the current attempt of a payout still `sent` is changed: a late or repeated
 * answer for an older attempt, or after the outcome, changes nothing.
 */
export async function applyProviderRefundTx(
  tx: Tx,
  refund: ProviderRefund,
  actor: MoneyActor,
  now: Date = new Date(),
): Promise<ApplyOutcome> {
  const key = parseProviderKey(refund.idempotencyKey);
  if (!key) return "ignored";
  const l = await lockPayout(tx, key.payoutId);
  if (!l || l.payout.state !== "sent" || l.payout.attempt !== key.attempt) return "ignored";
  if (refund.amountMinor !== l.payout.amountMinor || refund.currency !== l.payout.currency)
    throw new Error(
      `provider refund ${refund.providerRefundId} does not match payout ${l.payout.id}`,
    );
  if (refund.status === "pending") {
    if (l.payout.providerRefundId === refund.providerRefundId) return "ignored";
    await tx
      .update(payouts)
      .set({ providerRefundId: refund.providerRefundId })
      .where(eq(payouts.id, l.payout.id));
    await tx.insert(payoutEvents).values({
      payoutId: l.payout.id,
      fromState: "sent",
      toState: "sent",
      note: `accepted by ${l.payout.provider} as ${refund.providerRefundId}`,
      data: { attempt: key.attempt },
      ...actorColumns(actor),
    });
    return "acknowledged";
  }
  const audits = await settleOrFailPayout(
    tx,
    l,
    refund.status === "succeeded"
      ? { succeeded: true, providerRefundId: refund.providerRefundId }
      : {
          succeeded: false,
          providerRefundId: refund.providerRefundId,
          reason: refund.failureReason ?? "the provider refused the refund without a reason",
        },
    actor,
    now,
  );
  for (const a of audits) await recordAudit(tx, a);
  return refund.status === "succeeded" ? "settled" : "failed";
}

export function applyProviderRefund(
  db: Db,
  refund: ProviderRefund,
  actor: MoneyActor,
): Promise<ApplyOutcome> {
  return db.transaction((tx) => applyProviderRefundTx(tx, refund, actor));
}
