"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { PAGE_SIZE } from "@/db/queries/queue";
import { can } from "@/lib/auth/permissions";
import { assignRequests } from "@/lib/requests/assign-request";
import { action } from "@/lib/server/action";

const assignRequestsSchema = z.object({
  requestIds: z
    .array(z.uuid("Not a request id"))
    .min(1, "Select at least one request")
    .max(PAGE_SIZE, `At most ${PAGE_SIZE} requests at once`),
  mode: z.enum(["claim", "release", "assign"]),
  assigneeId: z.preprocess((v) => (v === "" ? null : v), z.uuid().nullable().optional()),
});

/** The queue's bulk bar: claim, release or (managers) assign the selected requests, all or none. */
export const assignRequestsAction = action(
  { name: "assignRequests", schema: assignRequestsSchema, permission: "requests.assign" },
  async (input, { user }) => {
    const r = await assignRequests(getDb(), {
      actorId: user.id,
      ...input,
      mayAssignOthers: can(user.role, "requests.assign_others"),
    });
    revalidatePath("/queue");
    return r;
  },
);
