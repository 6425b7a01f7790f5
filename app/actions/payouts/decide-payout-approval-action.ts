"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { decidePayoutApproval } from "@/lib/payouts/decide-payout-approval";
import { action } from "@/lib/server/action";

const decidePayoutApprovalSchema = z.object({
  payoutId: z.uuid(),
  approve: z.preprocess((v) => v === "true" || v === true, z.boolean()),
  note: z.string().trim().min(3, "Write a short note for the record").max(2000),
});

/** Four-eyes: a manager other than the decider approves or rejects a payout waiting for approval. */
export const decidePayoutApprovalAction = action(
  {
    name: "decidePayoutApproval",
    schema: decidePayoutApprovalSchema,
    permission: "payouts.approve",
  },
  async (input, { user }) => {
    const r = await decidePayoutApproval(getDb(), { ...input, approverId: user.id });
    revalidatePath("/approvals");
    if (r.requestId) revalidatePath(`/requests/${r.requestId}`);
    revalidatePath("/payouts");
    return r;
  },
);
