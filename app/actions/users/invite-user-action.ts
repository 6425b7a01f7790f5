"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { ROLES } from "@/db/schema/enums";
import { action } from "@/lib/server/action";
import { inviteUser } from "@/lib/users/invite-user";

const inviteUserSchema = z.object({
  email: z.email("Enter a valid email address").max(200),
  name: z.string().trim().min(1, "Enter the person's name").max(120),
  role: z.enum(ROLES, "Choose a role"),
});

/** Admin: create a user and a one-time link to set their password. */
export const inviteUserAction = action(
  { name: "inviteUser", schema: inviteUserSchema, permission: "users.manage" },
  async (input, { user }) => {
    const { token } = await inviteUser(getDb(), { actorId: user.id, ...input });
    return { invitePath: `/invite/${token}` };
  },
);
