"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { resolveQuarantine } from "@/lib/requests/resolve-quarantine";
import { action } from "@/lib/server/action";

const resolveQuarantineSchema = z.object({ emailId: z.uuid(), mode: z.enum(["retry", "dismiss"]) });

/** Admin: retry or dismiss a quarantined message (the raw bytes are always kept). */
export const resolveQuarantineAction = action(
  { name: "resolveQuarantine", schema: resolveQuarantineSchema, permission: "quarantine.manage" },
  async (input, { user }) => {
    const outcome = await resolveQuarantine(getDb(), { actorId: user.id, ...input });
    revalidatePath("/quarantine");
    return {
      outcome: outcome?.kind ?? "dismissed",
      reason: outcome?.kind === "quarantined" ? outcome.reason : null,
    };
  },
);
