"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { signInLimitsFromEnv } from "@/lib/auth/sign-in-limits-from-env";
import { action } from "@/lib/server/action";
import { unlockUser } from "@/lib/users/unlock-user";

const unlockUserSchema = z.object({ userId: z.uuid("Unknown user") });

/** Admin: lift a sign-in lock on a user's account. */
export const unlockUserAction = action(
  { name: "unlockUser", schema: unlockUserSchema, permission: "users.manage" },
  async (input, { user }) => {
    await unlockUser(getDb(), {
      actorId: user.id,
      userId: input.userId,
      limits: signInLimitsFromEnv(),
    });
    revalidatePath("/admin/users");
    return { userId: input.userId };
  },
);
