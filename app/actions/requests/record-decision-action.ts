"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { recordDecision } from "@/lib/decisions/record-decision";
import { recordDecisionSchema } from "@/lib/decisions/decision-schema";
import { can } from "@/lib/auth/permissions";
import { action } from "@/lib/server/action";

/** Approve / partial / deny / request information, with clauses, note and (for overrides) a justification. */
export const recordDecisionAction = action(
  { name: "recordDecision", schema: recordDecisionSchema, permission: "decisions.write" },
  async (input, { user }) => {
    const db = getDb();
    const result = await recordDecision(db, {
      input,
      actor: { id: user.id, manager: can(user.role, "decisions.reopen") },
    });
    // The reply (if any) is queued in the decision's transaction; the job runner sends it, woken by
    // the NOTIFY of the queue trigger (lib/jobs/definitions/send-reply.ts). The payout likewise.
    revalidatePath(`/requests/${input.requestId}`);
    revalidatePath("/queue");
    return result;
  },
);
