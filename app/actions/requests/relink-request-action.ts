"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { relinkRequest } from "@/lib/requests/relink-request";
import { action } from "@/lib/server/action";

const relinkRequestSchema = z.object({
  requestId: z.uuid(),
  version: z.coerce.number().int().positive(),
  accountRef: z
    .string()
    .trim()
    .max(20)
    .regex(/^(ACC-\d+)?$/i, "Use an account id like ACC-10042")
    .optional(),
  orderRef: z
    .string()
    .trim()
    .max(20)
    .regex(/^(ORD-\d+)?$/i, "Use an order reference like ORD-100042")
    .optional(),
});

/** Re-links a request to another customer and/or order, then re-evaluates it. */
export const relinkRequestAction = action(
  { name: "relinkRequest", schema: relinkRequestSchema, permission: "requests.edit" },
  async (input, { user }) => {
    await relinkRequest(getDb(), { actorId: user.id, ...input });
    revalidatePath(`/requests/${input.requestId}`);
    return { requestId: input.requestId };
  },
);
