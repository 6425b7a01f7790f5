import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, outboundEmails } from "@/db/schema";
import { recordAudit, type RecordAuditOptions } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { DECISION_PURPOSE } from "@/lib/decisions/insert-decision-reply";
import { lockPayoutOrThrow } from "./lock-payout";
import { notifyPayout } from "./notify-payout";
import { draftOnBalanceReply } from "./draft-on-balance-reply";
import { transitionPayout } from "./transition-payout";

export type DecidePayoutApprovalOptions = {
  payoutId: string;
  approverId: string;
  approve: boolean;
  /** Why: shown on the payout's timeline and, for a rejection, to the reviewer. */
  note: string;
  now?: Date;
};

/**
 * Four-eyes: a manager other than the person who decided approves or rejects
 * a payout waiting for approval. Approved, it goes on (booked, or sent).
 * Rejected before anything was booked, nothing is paid and the request goes
 * back to the queue; rejected after step 1, the money stays on the balance (a
 * balance refund in effect) and the reply saying so is drafted.
 */
export async function decidePayoutApproval(
  db: Db,
  o: DecidePayoutApprovalOptions,
): Promise<{ state: string; requestId: string | null }> {
  const now = o.now ?? new Date();
  return db.transaction(async (tx) => {
    const l = await lockPayoutOrThrow(tx, o.payoutId);
    const { payout } = l;
    if (payout.state !== "awaiting_approval")
      throw new AppError("CONFLICT", {
        userMessage: `This payout is ${payout.state.replace("_", " ")}, not waiting for approval.`,
      });
    const [decision] = payout.decisionId
      ? await tx
          .select({ by: decisions.decidedBy })
          .from(decisions)
          .where(eq(decisions.id, payout.decisionId))
      : [];
    if (decision?.by === o.approverId)
      throw new AppError("FORBIDDEN", {
        userMessage: "You decided this refund: another manager must approve it (four-eyes).",
      });
    const actor = { userId: o.approverId };
    const approval = {
      approvalBy: o.approverId,
      approvalAt: now,
      approvalApproved: o.approve,
      approvalNote: o.note,
    };
    const audits: RecordAuditOptions[] = [];
    const replies = and(
      eq(outboundEmails.requestId, payout.requestId ?? ""),
      eq(outboundEmails.purpose, DECISION_PURPOSE),
      eq(outboundEmails.state, "draft"),
    );
    if (o.approve) {
      const to = payout.approvalStage === "before_credit" ? "pending" : "ready";
      audits.push(
        await transitionPayout(tx, payout, {
          to,
          actor,
          note: o.note,
          set: approval,
          data: { approved: true },
        }),
      );
      // The decision's reply was held back while the approval was pending: it can go now.
      if (payout.requestId) await tx.update(outboundEmails).set({ state: "queued" }).where(replies);
      await notifyPayout(tx, payout.id);
    } else if (payout.approvalStage === "before_credit") {
      audits.push(
        await transitionPayout(tx, payout, {
          to: "rejected",
          actor,
          note: o.note,
          set: approval,
          request: { status: "to_review", attention: "approval_rejected", attentionNote: o.note },
          data: { approved: false },
        }),
      );
      if (payout.requestId)
        await tx.update(outboundEmails).set({ state: "discarded" }).where(replies);
    } else {
      audits.push(
        await transitionPayout(tx, payout, {
          to: "on_balance",
          actor,
          note: o.note,
          set: approval,
          request: { status: "paid", attention: null },
          data: { approved: false },
        }),
      );
      if (payout.requestId) {
        await tx
          .update(outboundEmails)
          .set({ state: "discarded" })
          .where(and(replies, inArray(outboundEmails.state, ["draft"])));
        if (l.request) await draftOnBalanceReply(tx, l.request, payout, o.approverId, now);
      }
    }
    audits.unshift({
      actorId: o.approverId,
      action: o.approve ? "payout.approved" : "payout.rejected",
      entityType: "payout",
      entityId: payout.id,
      data: {
        requestId: payout.requestId,
        stage: payout.approvalStage,
        reasons: payout.approvalReasons,
        note: o.note,
      },
    });
    for (const a of audits) await recordAudit(tx, a);
    return {
      requestId: payout.requestId,
      state: o.approve
        ? payout.approvalStage === "before_credit"
          ? "pending"
          : "ready"
        : payout.approvalStage === "before_credit"
          ? "rejected"
          : "on_balance",
    };
  });
}
