"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { CORRECTABLE_FIELDS, correctRequestField } from "@/lib/requests/correct-request-field";
import { action } from "@/lib/server/action";

const correctRequestFieldSchema = z.object({
  requestId: z.uuid(),
  version: z.coerce.number().int().positive(),
  field: z.enum(CORRECTABLE_FIELDS),
  value: z.string().max(2000),
  /** Payment details only: the kind of the value (card, iban, …). */
  detailKind: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(20).optional()),
});

/** Corrects an extracted field (audited before/after) and re-runs the policy. */
export const correctRequestFieldAction = action(
  { name: "correctRequestField", schema: correctRequestFieldSchema, permission: "requests.edit" },
  async (input, { user }) => {
    const r = await correctRequestField(getDb(), { actorId: user.id, ...input });
    revalidatePath(`/requests/${input.requestId}`);
    return r;
  },
);
