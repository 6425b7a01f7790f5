import { z } from "zod";
import { findDuePayouts } from "@/lib/payouts/find-due-payouts";
import { configuredProvider } from "@/lib/payouts/provider/configured-provider";
import { reconcilePayouts } from "@/lib/payouts/reconcile-payouts";
import { defineJob } from "../define-job";

/**
 * Every minute: sends an advance-payout job for each payout a lost wake-up
 * or a dead worker left (pending, ready, or sent without the provider's
 * answer), and asks the provider about refunds whose outcome never arrived.
 */
export const sweepPayoutsJob = defineJob({
  name: "sweep-payouts",
  data: z.object({}),
  schedule: "* * * * *",
  policy: "singleton",
  expireInSeconds: 120,
  retry: { limit: 2, delaySeconds: 10 },
  run: async (_data, { db, env, enqueue }) => {
    const due = await findDuePayouts(db);
    for (const payoutId of due) await enqueue("advance-payout", { payoutId });
    const provider = configuredProvider(env);
    const reconciled = provider ? await reconcilePayouts(db, provider) : null;
    return { woken: due.length, reconciled };
  },
});
