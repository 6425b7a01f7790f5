import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import type { OrderFacts } from "@/db/queries/order-facts";
import { recordAudit } from "@/lib/audit/record-audit";
import { finishEmail } from "./claim-stored-email";
import type { EmailColumns } from "./parsed-columns";
import {
  insertNewRequest,
  newRequestColumns,
  nextRequestRef,
  type NewRequestInput,
} from "./create-request-from-email";
import { computeEvaluation, insertEvaluation } from "./evaluate-request";
import type { PipelineSettings } from "./pipeline-settings";
import { queueMissingInfoReply } from "./queue-missing-info-reply";

export type WriteNewRequestOptions = {
  /** A reference the caller already allocated (nextRequestRef); else one is allocated here. */
  ref?: string;
  /** The claimed email the request is made from, and the columns processing sets on it. */
  emailId: string;
  emailColumns: EmailColumns & {
    messageId: string | null;
    references: string[];
    fromName: string | null;
  };
  request: NewRequestInput;
  /** The matched order's facts, read before the transaction. */
  orderFacts: OrderFacts;
  settings: PipelineSettings;
  now: Date;
};

/**
 * A request made from a new email, inside the processing transaction: a reference is
 * allocated, the policy is evaluated (it reads only columns known before the insert), and
 * every write goes out back to back: the request, the email's link, the evaluation, the "we
 * need more information" reply when something is missing, and the audit entry.
 */
export async function writeNewRequest(
  tx: Tx,
  o: WriteNewRequestOptions,
): Promise<{ requestId: string; ref: string }> {
  const { request: input, settings, now } = o;
  const ref = o.ref ?? (await nextRequestRef(tx, input.receivedAt));
  const request = { ...newRequestColumns(input), id: randomUUID(), ref };
  const evaluation = computeEvaluation({
    request,
    customer: input.match.customer,
    order: input.match.order,
    orderFacts: o.orderFacts,
    calendar: settings.calendar,
    now,
  });
  // One round trip. The statements reach the connection in the order they are called here (each
  // is a drizzle prepared statement, dispatched the same way), so the request row exists
  // before the rows that reference it; the audit entry, whose chain head other writers queue on
  // until this commits, is sent last.
  await Promise.all([
    insertNewRequest(tx, {
      ...input,
      id: request.id,
      ref,
      recommendation: evaluation.recommendation,
    }),
    finishEmail(tx, o.emailId, { ...o.emailColumns, requestId: request.id }),
    insertEvaluation(tx, request.id, evaluation),
    input.missing.length > 0
      ? queueMissingInfoReply(tx, {
          request,
          customer: input.match.customer,
          autoSend: settings.autoSendReplies,
          now,
          email: o.emailColumns,
        })
      : undefined,
    recordAudit(tx, {
      actorId: null,
      action: "request.created",
      entityType: "request",
      entityId: request.id,
      data: {
        ref,
        emailId: o.emailId,
        missing: input.missing,
        customerMatched: input.match.customer !== null,
        matchedBy: input.match.matchedBy,
      },
    }),
  ]);
  return { requestId: request.id, ref };
}
