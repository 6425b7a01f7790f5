import type { Db } from "@/db/client";
import { applyProviderRefund } from "./apply-provider-refund";
import { providerKey } from "./expected-postings";
import { findUnsettledPayouts } from "./find-due-payouts";
import type { PaymentProvider } from "./provider/types";

/**
 * Asks the provider about refunds whose outcome never arrived (a lost
 * webhook, the app down while it was sent) and applies what it says, the
 * same way a webhook would. A refund the provider never received is left to
 * the sweep, which sends it again under the same key.
 */
export async function reconcilePayouts(
  db: Db,
  provider: PaymentProvider,
  o: { now?: Date; olderThanMs?: number } = {},
): Promise<{ checked: number; changed: number }> {
  const stale = await findUnsettledPayouts(db, o);
  let changed = 0;
  for (const p of stale) {
    const refund = await provider.findRefund(providerKey(p.id, p.attempt));
    if (!refund) continue;
    const outcome = await applyProviderRefund(db, refund, { job: "payouts.reconcile" });
    if (outcome === "settled" || outcome === "failed") changed++;
  }
  return { checked: stale.length, changed };
}
