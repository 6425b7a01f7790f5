import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers } from "@/db/schema";
import type { ClauseId } from "@/lib/policy/clauses";
import type { DecisionPlan } from "./check-decision";
import type { DecisionContext } from "./decision-context";
import { draftDecisionReply } from "./draft-decision-reply";
import { insertDecisionReply } from "./insert-decision-reply";

/**
 * The reply that tells the customer a decision: the subject and body the reviewer sent, or else
 * the draft for the decision; queued, or held as a draft while an approval is pending (plan.replyState).
 */
export async function writeDecisionReply(
  tx: Tx,
  c: DecisionContext,
  plan: DecisionPlan,
): Promise<string> {
  const { input, request: req, actor, now } = c;
  const [customer] = req.customerId
    ? await tx
        .select({ name: customers.name })
        .from(customers)
        .where(eq(customers.id, req.customerId))
    : [];
  const draft = draftDecisionReply({
    kind: input.kind,
    ref: req.ref,
    subject: req.subject,
    customerName: customer?.name ?? null,
    clauses: input.clauses as ClauseId[],
    amountMinor: plan.amountMinor,
    currency: plan.currency,
    destination: plan.destination,
    payoutBy: plan.payoutBy,
    missing: input.askedItems,
    alternativeMethod: input.alternativeMethod,
    language: req.language,
    corrects: plan.corrects,
  });
  return insertDecisionReply(tx, {
    request: req,
    subject: input.replySubject ?? draft.subject,
    body: input.replyBody ?? draft.body,
    state: plan.replyState,
    createdBy: actor.id,
    now,
  });
}
