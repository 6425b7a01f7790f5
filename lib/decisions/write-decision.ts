import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { decisions, payouts, refundRequests } from "@/db/schema";
import type { RecordAuditOptions } from "@/lib/audit/record-audit";
import { HOLDING_STATES } from "@/lib/payouts/vocabulary";
import { insertDecisionPayout } from "@/lib/payouts/insert-decision-payout";
import { reverseRequestMoney } from "@/lib/payouts/reverse-request-money";
import type { DecisionPlan } from "./check-decision";
import type { DecisionContext } from "./decision-context";
import { recommendedKind } from "./recommended-decision";
import { writeDecisionReply } from "./write-decision-reply";

export type WrittenDecision = {
  decisionId: string;
  payoutId: string | null;
  replyId: string;
  audits: RecordAuditOptions[];
};

/**
 * Writes a checked decision: the decision row (superseding the one in
 * force), the money it moves — a new payout for what is still owed, or a
 * reversal of what is no longer owed — the request's new status, the reply,
 * and the audit entries (returned, appended last by the caller).
 */
export async function writeDecision(
  tx: Tx,
  c: DecisionContext,
  plan: DecisionPlan,
): Promise<WrittenDecision> {
  const { input, request: req, actor, now } = c;
  const [decision] = await tx
    .insert(decisions)
    .values({
      requestId: req.id,
      decidedBy: actor.id,
      kind: input.kind,
      amountMinor: plan.amountMinor,
      currency: plan.currency,
      destination: plan.destination,
      clauses: input.clauses,
      // An empty note follows the recommendation: the record says so rather than nothing.
      note: input.note || (plan.override ? "" : "As recommended."),
      override: plan.override,
      justification: input.justification ?? null,
      alternativeMethod: input.alternativeMethod ?? null,
      supersedesId: c.latest?.id ?? null,
      idempotencyKey: input.idempotencyKey,
      recOutcome: req.recOutcome,
      agrees:
        recommendedKind(req.recOutcome) === null
          ? null
          : recommendedKind(req.recOutcome) === input.kind,
      reviewDueBy: req.reviewBy,
      productKind: req.productKind,
      claim: req.claim,
      createdAt: now,
    })
    .returning({ id: decisions.id });
  const decisionId = decision!.id;
  const audits: RecordAuditOptions[] = [];
  if (plan.reverseMinor > 0) {
    const held = await tx
      .select()
      .from(payouts)
      .where(and(eq(payouts.requestId, req.id), inArray(payouts.state, [...HOLDING_STATES])));
    audits.push(
      ...(await reverseRequestMoney(tx, {
        payouts: held,
        amountMinor: plan.reverseMinor,
        decisionId,
        actor: { userId: actor.id },
      })),
    );
  }
  const payoutId = plan.payout
    ? await insertDecisionPayout(tx, {
        decisionId,
        request: req,
        order: c.order!,
        payout: plan.payout,
        currency: plan.currency!,
        destination: plan.destination!,
        dueBy: plan.payoutBy!,
        alternativeMethod: input.alternativeMethod ?? null,
        actorId: actor.id,
        now,
      })
    : null;
  await tx
    .update(refundRequests)
    .set({
      status: plan.status,
      assigneeId: actor.id,
      attention: null,
      attentionNote: null,
      version: sql`${refundRequests.version} + 1`,
      ...(input.kind === "request_info" ? { completedAt: null, reviewBy: null } : {}),
    })
    .where(eq(refundRequests.id, req.id));
  const replyId = await writeDecisionReply(tx, c, plan);
  audits.unshift({
    actorId: actor.id,
    action: "decision.recorded",
    entityType: "request",
    entityId: req.id,
    data: {
      decisionId,
      kind: input.kind,
      amountMinor: plan.amountMinor,
      currency: plan.currency,
      destination: plan.destination,
      clauses: input.clauses,
      discretion: input.discretion,
      note: input.note,
      ...(input.kind === "request_info" ? { askedItems: input.askedItems } : {}),
      override: plan.override,
      deviations: plan.deviations,
      justification: input.justification ?? null,
      supersedes: c.latest?.id ?? null,
      takenOverFrom: req.assigneeId && req.assigneeId !== actor.id ? req.assigneeId : null,
      statusBefore: req.status,
      statusAfter: plan.status,
      payoutId,
      payoutMinor: plan.payout?.amountMinor ?? null,
      approval: plan.payout?.approval ?? null,
      reversedMinor: plan.reverseMinor,
      payoutBy: plan.payoutBy?.toISOString() ?? null,
      versionBefore: req.version,
    },
  });
  return { decisionId, payoutId, replyId, audits };
}
