import { z } from "zod";
import { runAutomaticRefunds } from "@/lib/payouts/run-automatic-refunds";
import { defineJob } from "../define-job";

/**
 * DISP-AUTO-NO-SMS: every minute, credit the balance for disposable
 * activations past minute 15 with no SMS and no refund, so each is booked by
 * minute 20. Several runners may run it at once: each activation is booked
 * once (row lock with SKIP LOCKED, one automatic payout per order).
 */
export const bookAutomaticRefundsJob = defineJob({
  name: "book-automatic-refunds",
  data: z.object({}),
  schedule: "* * * * *",
  policy: "singleton",
  expireInSeconds: 120,
  retry: { limit: 2, delaySeconds: 10 },
  run: async (_data, { db }) => runAutomaticRefunds(db),
});
