"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { resolveFailedPayout } from "@/lib/payouts/resolve-failed-payout";
import { action } from "@/lib/server/action";

const resolveFailedPayoutSchema = z.object({
  payoutId: z.uuid(),
  resolution: z.enum(["retry", "keep"]),
  useRequestDetails: z
    .preprocess((v) => v === "on" || v === "true" || v === true, z.boolean())
    .default(false),
  note: z.string().trim().min(3, "Write a short note for the record").max(2000),
});

/** After the provider failed a refund: try again (a new attempt), or keep the money on the balance. */
export const resolveFailedPayoutAction = action(
  { name: "resolveFailedPayout", schema: resolveFailedPayoutSchema, permission: "payouts.retry" },
  async (input, { user }) => {
    const r = await resolveFailedPayout(getDb(), { ...input, actorId: user.id, failedOnly: true });
    if (r.requestId) revalidatePath(`/requests/${r.requestId}`);
    revalidatePath("/payouts");
    revalidatePath("/queue");
    return r;
  },
);
