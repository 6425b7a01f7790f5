"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { recordDecision } from "@/lib/decisions/record-decision";
import { recordDecisionSchema } from "@/lib/decisions/decision-schema";
import { env } from "@/lib/env";
import { sendOutboundEmails } from "@/lib/requests/send-outbound-emails";
import { can } from "@/lib/auth/permissions";
import { action } from "@/lib/server/action";
import { logger } from "@/lib/server/logger";

/** Approve / partial / deny / request information, with clauses, note and (for overrides) a justification. */
export const recordDecisionAction = action(
  { name: "recordDecision", schema: recordDecisionSchema, permission: "decisions.write" },
  async (input, { user, requestId }) => {
    const db = getDb();
    const result = await recordDecision(db, {
      input,
      actor: { id: user.id, manager: can(user.role, "decisions.reopen") },
    });
    if (result.replyId) {
      // The decision is committed; sending is best-effort here and retried by the outbox job.
      await sendOutboundEmails(db, {
        smtpUrl: env().SMTP_URL,
        from: env().MAIL_FROM,
        ids: [result.replyId],
      }).catch((err) => logger.warn({ requestId, err }, "reply not sent yet"));
    }
    revalidatePath(`/requests/${input.requestId}`);
    revalidatePath("/queue");
    return result;
  },
);
