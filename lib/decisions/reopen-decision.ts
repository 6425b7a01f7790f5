import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  decisionReopenings,
  decisions,
  outboundEmails,
  payouts,
  refundRequests,
} from "@/db/schema";
import { recordAudit, type RecordAuditOptions } from "@/lib/audit/record-audit";
import { lockPayout } from "@/lib/payouts/lock-payout";
import { transitionPayout } from "@/lib/payouts/transition-payout";
import { AppError } from "@/lib/server/app-error";
import { DECISION_PURPOSE } from "./insert-decision-reply";

export type ReopenDecisionOptions = {
  requestId: string;
  /** The request version the manager saw. */
  version: number;
  managerId: string;
  /** Why, in words the reviewers and the audit read. */
  reason: string;
  now?: Date;
};

/**
 * A manager reopens the decision in force: it stays on record, the request
 * goes back to the queue flagged "reopened" with the reason, and the next
 * decision supersedes it. Money not yet booked is cancelled; a direct refund
 * not yet sent stays on the balance; money that moved is settled against the
 * next decision (reversed or topped up for the difference). A refund at the
 * provider cannot be reopened until it settles or fails.
 */
export async function reopenDecision(
  db: Tx,
  o: ReopenDecisionOptions,
): Promise<{ reopeningId: string }> {
  const now = o.now ?? new Date();
  return db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, o.requestId))
      .for("update");
    if (!req) throw new AppError("NOT_FOUND", { userMessage: "This request no longer exists." });
    if (req.version !== o.version)
      throw new AppError("STALE", {
        userMessage: "This request changed since you opened it. Reload and try again.",
      });
    const [latest] = await tx
      .select()
      .from(decisions)
      .where(eq(decisions.requestId, req.id))
      .orderBy(desc(decisions.createdAt))
      .limit(1);
    if (!latest || latest.kind === "request_info")
      throw new AppError("CONFLICT", {
        userMessage: "There is no recorded decision to reopen on this request.",
      });
    if (req.attention === "reopened")
      throw new AppError("CONFLICT", { userMessage: "This request is already reopened." });
    const own = await tx
      .select({ id: payouts.id, state: payouts.state })
      .from(payouts)
      .where(eq(payouts.requestId, req.id));
    if (own.some((p) => p.state === "sent"))
      throw new AppError("CONFLICT", {
        userMessage:
          "The refund is at the payment provider: reopen it once it has settled or failed.",
      });
    const audits: RecordAuditOptions[] = [];
    const actor = { userId: o.managerId };
    for (const { id, state } of own) {
      if (!["pending", "awaiting_approval", "ready"].includes(state)) continue;
      const l = (await lockPayout(tx, id))!;
      const unbooked =
        state === "pending" ||
        (l.payout.approvalStage === "before_credit" && state === "awaiting_approval");
      audits.push(
        await transitionPayout(tx, l.payout, {
          to: unbooked ? "cancelled" : "on_balance",
          actor,
          note: `Decision reopened: ${o.reason}`,
        }),
      );
    }
    // A reply of the reopened decision that has not gone out yet never will; the next decision writes its own.
    await tx
      .update(outboundEmails)
      .set({ state: "discarded" })
      .where(
        and(
          eq(outboundEmails.requestId, req.id),
          eq(outboundEmails.purpose, DECISION_PURPOSE),
          inArray(outboundEmails.state, ["draft", "queued"]),
        ),
      );
    const [reopening] = await tx
      .insert(decisionReopenings)
      .values({
        requestId: req.id,
        decisionId: latest.id,
        reopenedBy: o.managerId,
        reason: o.reason,
        createdAt: now,
      })
      .returning({ id: decisionReopenings.id });
    await tx
      .update(refundRequests)
      .set({
        status: "to_review",
        attention: "reopened",
        attentionNote: o.reason,
        version: sql`${refundRequests.version} + 1`,
      })
      .where(eq(refundRequests.id, req.id));
    audits.unshift({
      actorId: o.managerId,
      action: "decision.reopened",
      entityType: "request",
      entityId: req.id,
      data: {
        decisionId: latest.id,
        kind: latest.kind,
        reason: o.reason,
        statusBefore: req.status,
        payouts: own,
      },
    });
    for (const a of audits) await recordAudit(tx, a);
    return { reopeningId: reopening!.id };
  });
}
