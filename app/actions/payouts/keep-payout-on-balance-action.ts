"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { resolveFailedPayout } from "@/lib/payouts/resolve-failed-payout";
import { action } from "@/lib/server/action";

const keepPayoutOnBalanceSchema = z.object({
  payoutId: z.uuid(),
  note: z.string().trim().min(3, "Write why the refund stays on the balance").max(2000),
});

/** Manager: stop a direct refund that is not yet at the provider and keep its money on the balance. */
export const keepPayoutOnBalanceAction = action(
  { name: "keepPayoutOnBalance", schema: keepPayoutOnBalanceSchema, permission: "payouts.manage" },
  async (input, { user }) => {
    const r = await resolveFailedPayout(getDb(), {
      ...input,
      resolution: "keep",
      actorId: user.id,
    });
    if (r.requestId) revalidatePath(`/requests/${r.requestId}`);
    revalidatePath("/payouts");
    return r;
  },
);
