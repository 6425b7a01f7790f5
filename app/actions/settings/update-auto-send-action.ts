"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { action } from "@/lib/server/action";
import { updateAutoSend } from "@/lib/settings/update-auto-send";

const updateAutoSendSchema = z.object({
  enabled: z
    .enum(["true", "false"], "Choose on or off")
    .transform((v) => v === "true")
    .or(z.boolean()),
});

/** Manager: whether the REQ-INCOMPLETE reply is sent automatically or waits as a draft. */
export const updateAutoSendAction = action(
  { name: "updateAutoSend", schema: updateAutoSendSchema, permission: "settings.write" },
  async (input, { user }) => {
    const saved = await updateAutoSend(getDb(), { actorId: user.id, enabled: input.enabled });
    revalidatePath("/settings");
    return saved;
  },
);
