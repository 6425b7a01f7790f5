"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requestAuditVerification } from "@/lib/audit/audit-verifications";
import { action } from "@/lib/server/action";

/** Manager/admin: "Verify the whole chain now". The worker runs it; the Audit page shows it queued, then its result. */
export const requestAuditVerificationAction = action(
  {
    name: "requestAuditVerification",
    schema: z.object({}).passthrough(),
    permission: "audit.verify",
  },
  async (_input, { user }) => {
    const { verification, alreadyQueued } = await requestAuditVerification(getDb(), user.id);
    revalidatePath("/audit");
    return { id: verification.id, status: verification.status, alreadyQueued };
  },
);
