"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { sendDraftReply } from "@/lib/requests/send-draft-reply";
import { sendOutboundEmails } from "@/lib/requests/send-outbound-emails";
import { action } from "@/lib/server/action";

const sendDraftReplySchema = z.object({
  outboundId: z.uuid(),
  body: z.string().trim().min(1).max(20000).optional(),
});

/** Sends a drafted reply after the reviewer has read (and possibly edited) it. */
export const sendDraftReplyAction = action(
  { name: "sendDraftReply", schema: sendDraftReplySchema, permission: "requests.edit" },
  async (input, { user }) => {
    const db = getDb();
    await sendDraftReply(db, { actorId: user.id, outboundId: input.outboundId, body: input.body });
    const sent = await sendOutboundEmails(db, {
      smtpUrl: env().SMTP_URL,
      from: env().MAIL_FROM,
      ids: [input.outboundId],
    });
    revalidatePath("/outbox");
    return sent;
  },
);
