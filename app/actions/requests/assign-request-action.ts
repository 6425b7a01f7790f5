"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { assignRequest } from "@/lib/requests/assign-request";
import { action } from "@/lib/server/action";

const assignRequestSchema = z.object({
  requestId: z.uuid(),
  mode: z.enum(["claim", "release", "assign", "take_over"]),
  assigneeId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().optional()),
});

/** Claim, release, take over, or (managers) assign a request. */
export const assignRequestAction = action(
  { name: "assignRequest", schema: assignRequestSchema, permission: "requests.assign" },
  async (input, { user }) => {
    const r = await assignRequest(getDb(), {
      actorId: user.id,
      ...input,
      mayAssignOthers: can(user.role, "requests.assign_others"),
    });
    revalidatePath(`/requests/${input.requestId}`);
    return r;
  },
);
