"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { signInLimitsFromEnv } from "@/lib/auth/sign-in-limits-from-env";
import { action } from "@/lib/server/action";
import { requestClientAddress } from "@/lib/server/client-address";
import { acceptInvite } from "@/lib/users/accept-invite";

const acceptInviteSchema = z
  .object({
    token: z.string().min(10).max(100),
    password: z.string().min(12, "Use at least 12 characters").max(200),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, {
    path: ["confirm"],
    message: "The passwords do not match",
  });

/** Public by design: the invitation token is the credential. */
export const acceptInviteAction = action(
  { name: "acceptInvite", schema: acceptInviteSchema, permission: "public" },
  async (input) => {
    return acceptInvite(getDb(), {
      token: input.token,
      password: input.password,
      ip: await requestClientAddress(),
      limits: signInLimitsFromEnv(),
    });
  },
);
