"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { ROLES } from "@/db/schema/enums";
import { action } from "@/lib/server/action";
import { updateUserAccess } from "@/lib/users/update-user-access";

const updateUserAccessSchema = z.object({
  userId: z.uuid("Unknown user"),
  role: z.enum(ROLES).optional(),
  active: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .or(z.boolean())
    .optional(),
  assigned: z
    .discriminatedUnion("mode", [
      z.object({ mode: z.literal("release") }),
      z.object({ mode: z.literal("reassign"), toUserId: z.uuid("Choose who takes them") }),
    ])
    .optional(),
});

/** Admin: change a user's role, or deactivate / reactivate them. */
export const updateUserAccessAction = action(
  { name: "updateUserAccess", schema: updateUserAccessSchema, permission: "users.manage" },
  async (input, { user }) => {
    await updateUserAccess(getDb(), { actorId: user.id, ...input });
    revalidatePath("/admin/users");
    return { userId: input.userId };
  },
);
