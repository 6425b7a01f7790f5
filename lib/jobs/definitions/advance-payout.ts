import { z } from "zod";
import { advancePayout } from "@/lib/payouts/advance-payout";
import { configuredProvider } from "@/lib/payouts/provider/configured-provider";
import { defineJob } from "../define-job";

/**
 * Moves one payout as far as it goes now (lib/payouts/advance-payout.ts):
 * books its credit, and for a direct refund sends it to the provider. Woken
 * at commit by the decision, an approval or a retry (wakeJob), and by the
 * minute sweep. A provider that cannot be reached makes it throw: pg-boss
 * retries with backoff, and the retry reuses the attempt's idempotency key.
 */
export const advancePayoutJob = defineJob({
  name: "advance-payout",
  data: z.object({ payoutId: z.uuid() }),
  singletonKey: (d) => d.payoutId,
  policy: "stately",
  // A few database transactions and one provider call, itself bounded by PAYMENT_PROVIDER_TIMEOUT_MS.
  expireInSeconds: 60,
  retry: { limit: 10, delaySeconds: 5 },
  // A wave of decisions wakes many at once: each worker takes eight, side by side.
  batch: 8,
  run: async (data, { db, env }) => {
    const provider = configuredProvider(env);
    if (!provider)
      throw new Error("PAYMENT_PROVIDER_URL is not set: direct refunds cannot be paid");
    return advancePayout(db, { payoutId: data.payoutId, provider });
  },
});
