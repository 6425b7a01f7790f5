import { sql, type SQL } from "drizzle-orm";
import { outboundEmails, refundRequests as r } from "../schema";

/**
 * Whether a request has a reply still waiting as an unsent draft (the missing-details request,
 * or a decision's reply held back): an "Awaiting customer" request with one is not yet awaiting
 * anybody. A partial index on the drafts serves it.
 */
export const HAS_UNSENT_DRAFT: SQL<boolean> = sql<boolean>`EXISTS (SELECT 1 FROM ${outboundEmails} WHERE ${outboundEmails.requestId} = ${r.id} AND ${outboundEmails.state} = 'draft')`;

export const REPLY_FILTERS = ["draft", "sent"] as const;

/** The queue's "Reply" filter: requests whose reply is still a draft, or whose reply has gone. */
export function replyCondition(reply: (typeof REPLY_FILTERS)[number]): SQL {
  return reply === "draft" ? HAS_UNSENT_DRAFT : sql`NOT ${HAS_UNSENT_DRAFT}`;
}
