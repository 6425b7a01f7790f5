"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { PAGE_SIZE } from "@/db/queries/queue";
import { getBulkSamplePercent } from "@/db/queries/settings";
import { can } from "@/lib/auth/permissions";
import { bulkDecide } from "@/lib/decisions/bulk-decide";
import { OUTCOMES } from "@/lib/policy/vocabulary";
import { action } from "@/lib/server/action";

const bulkDecideSchema = z.object({
  items: z
    .array(
      z.object({ requestId: z.uuid("Not a request id"), version: z.number().int().positive() }),
    )
    .min(1, "Select at least one request")
    .max(PAGE_SIZE, `At most ${PAGE_SIZE} requests at once`),
  outcome: z.enum(OUTCOMES, "Unknown recommendation"),
  clauses: z.array(z.string().max(60)).max(30),
  /** One per confirmation dialog, so a double submit decides nothing twice. */
  idempotencyKey: z.string().min(8).max(100),
});

/** The queue's "decide as recommended": every ticked request recommending the same, all or none. */
export const bulkDecideAction = action(
  { name: "bulkDecide", schema: bulkDecideSchema, permission: "decisions.write" },
  async (input, { user }) => {
    const db = getDb();
    const r = await bulkDecide(db, {
      items: input.items,
      expected: { outcome: input.outcome, clauses: input.clauses },
      actor: { id: user.id, manager: can(user.role, "decisions.reopen") },
      idempotencyKey: input.idempotencyKey,
      samplePercent: await getBulkSamplePercent(db),
    });
    revalidatePath("/queue");
    return r;
  },
);
