"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { sendDraftReply } from "@/lib/requests/send-draft-reply";
import { action } from "@/lib/server/action";

const sendDraftReplySchema = z.object({
  outboundId: z.uuid(),
  body: z.string().trim().min(1).max(20000).optional(),
});

/** Releases a drafted reply for sending after the reviewer has read (and possibly edited) it. */
export const sendDraftReplyAction = action(
  { name: "sendDraftReply", schema: sendDraftReplySchema, permission: "requests.edit" },
  async (input, { user }) => {
    const db = getDb();
    await sendDraftReply(db, { actorId: user.id, outboundId: input.outboundId, body: input.body });
    // Queued; the job runner sends it at once (woken by the queue trigger's NOTIFY).
    revalidatePath("/outbox");
    return { queued: true };
  },
);
