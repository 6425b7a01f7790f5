import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, qualityReviews, refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { reopenDecision } from "@/lib/decisions/reopen-decision";
import { AppError } from "@/lib/server/app-error";

export type ReviewSampledDecisionOptions = {
  reviewId: string;
  /** The second person: never the one who decided. */
  reviewerId: string;
  verdict: "agree" | "disagree";
  /** Why; required for a disagreement. */
  comment: string | null;
  /** A disagreement can reopen the decision at once (reopenDecision, the comment as its reason). */
  reopen: boolean;
};

/**
 * A second person's verdict on a sampled decision, once, and on a
 * disagreement optionally the reopening of that decision — all in one
 * transaction, so a verdict that reopens cannot half-happen.
 */
export async function reviewSampledDecision(
  db: Db,
  o: ReviewSampledDecisionOptions,
): Promise<{ reopened: boolean }> {
  const comment = o.comment?.trim() || null;
  if (o.verdict === "disagree" && (!comment || comment.length < 3))
    throw new AppError("INVALID_INPUT", {
      userMessage: "Say why you disagree.",
      fieldErrors: { comment: ["Say why you disagree"] },
    });
  if (o.reopen && o.verdict !== "disagree")
    throw new AppError("INVALID_INPUT", { userMessage: "Only a disagreement reopens a decision." });
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(qualityReviews)
      .where(eq(qualityReviews.id, o.reviewId))
      .for("update");
    if (!item)
      throw new AppError("NOT_FOUND", { userMessage: "This sampled decision no longer exists." });
    if (item.decidedBy === o.reviewerId)
      throw new AppError("FORBIDDEN", {
        userMessage: "You took this decision: a second person reviews it.",
      });
    if (item.verdict)
      throw new AppError("CONFLICT", {
        userMessage: "This decision was already reviewed in this sample.",
      });
    await tx
      .update(qualityReviews)
      .set({ verdict: o.verdict, comment, reviewedBy: o.reviewerId, reviewedAt: new Date() })
      .where(eq(qualityReviews.id, item.id));
    const [decision] = await tx.select().from(decisions).where(eq(decisions.id, item.decisionId));
    if (o.reopen) {
      const [latest] = await tx
        .select({ id: decisions.id })
        .from(decisions)
        .where(eq(decisions.requestId, decision!.requestId))
        .orderBy(desc(decisions.createdAt))
        .limit(1);
      if (latest?.id !== item.decisionId)
        throw new AppError("CONFLICT", {
          userMessage:
            "A later decision already supersedes this one: record the verdict without reopening.",
        });
      const [req] = await tx
        .select({ version: refundRequests.version })
        .from(refundRequests)
        .where(eq(refundRequests.id, decision!.requestId));
      await reopenDecision(tx, {
        requestId: decision!.requestId,
        version: req!.version,
        managerId: o.reviewerId,
        reason: `Quality review: ${comment}`,
      });
    }
    await recordAudit(tx, {
      actorId: o.reviewerId,
      action: "quality.reviewed",
      entityType: "request",
      entityId: decision!.requestId,
      data: {
        reviewId: item.id,
        sampleId: item.sampleId,
        decisionId: item.decisionId,
        verdict: o.verdict,
        comment,
        reopened: o.reopen,
      },
    });
    return { reopened: o.reopen };
  });
}
