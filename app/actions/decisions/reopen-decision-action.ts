"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { action } from "@/lib/server/action";

const reopenDecisionSchema = z.object({
  requestId: z.uuid(),
  version: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .min(10, "Write why the decision is reopened (10 characters or more)")
    .max(2000),
});

/** A manager reopens the decision in force, with a written reason (the next decision supersedes it). */
export const reopenDecisionAction = action(
  { name: "reopenDecision", schema: reopenDecisionSchema, permission: "decisions.reopen" },
  async (input, { user }) => {
    const r = await reopenDecision(getDb(), { ...input, managerId: user.id });
    revalidatePath(`/requests/${input.requestId}`);
    revalidatePath("/queue");
    return r;
  },
);
