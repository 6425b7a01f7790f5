import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { draftOnBalanceReply } from "./draft-on-balance-reply";
import { lockPayoutOrThrow } from "./lock-payout";
import { notifyPayout } from "./notify-payout";
import { transitionPayout } from "./transition-payout";

export type ResolveFailedPayoutOptions = {
  payoutId: string;
  actorId: string;
  /** "retry": a new attempt (new provider key); "keep": the money stays on the balance. */
  resolution: "retry" | "keep";
  /** Retry to the payment details now on the request (after a reviewer corrected them). */
  useRequestDetails?: boolean;
  note: string;
  /** Reviewers resolve failed payouts only; stopping one not yet sent is a manager's call. */
  failedOnly?: boolean;
  now?: Date;
};

/**
 * What follows a payout the provider failed (its money is back on the
 * balance): try again — a new attempt under a new idempotency key, possibly to
 * corrected requisites — or keep it on the balance and tell the customer. A
 * manager may also stop a direct refund waiting to be sent and keep it there.
 */
export async function resolveFailedPayout(
  db: Db,
  o: ResolveFailedPayoutOptions,
): Promise<{ state: string; requestId: string | null }> {
  const now = o.now ?? new Date();
  return db.transaction(async (tx) => {
    const l = await lockPayoutOrThrow(tx, o.payoutId);
    const { payout } = l;
    const actor = { userId: o.actorId };
    if (o.failedOnly && payout.state !== "failed")
      throw new AppError("FORBIDDEN", {
        userMessage: "Only a manager can stop a refund that has not failed.",
      });
    const keepable =
      payout.state === "failed" ||
      payout.state === "ready" ||
      (payout.state === "awaiting_approval" && payout.approvalStage === "before_send");
    if (o.resolution === "retry" ? payout.state !== "failed" : !keepable)
      throw new AppError("CONFLICT", {
        userMessage: `This payout is ${payout.state.replace("_", " ")}: it cannot be ${o.resolution === "retry" ? "retried" : "kept on the balance"} now.`,
      });
    let audit;
    if (o.resolution === "retry") {
      const [req] =
        o.useRequestDetails && payout.requestId
          ? await tx.select().from(refundRequests).where(eq(refundRequests.id, payout.requestId))
          : [];
      if (o.useRequestDetails && !req?.paymentDetailSealed)
        throw new AppError("INVALID_INPUT", {
          userMessage: "The request holds no payment details to pay to.",
        });
      audit = await transitionPayout(tx, payout, {
        to: "ready",
        actor,
        note: o.note,
        set: req?.paymentDetailSealed
          ? {
              alternativeDetailsSealed: req.paymentDetailSealed,
              alternativeDetailsMasked:
                `${req.paymentDetailKind ?? "other"} ${req.paymentDetailMasked ?? ""}`.trim(),
            }
          : {},
        request: { status: "decided", attention: null },
        data: { resolution: "retry", newDetails: !!req },
      });
      await notifyPayout(tx, payout.id);
    } else {
      audit = await transitionPayout(tx, payout, {
        to: "on_balance",
        actor,
        note: o.note,
        request: { status: "paid", attention: null },
        data: { resolution: "keep" },
      });
      if (l.request) await draftOnBalanceReply(tx, l.request, payout, o.actorId, now);
    }
    await recordAudit(tx, audit);
    return {
      state: o.resolution === "retry" ? "ready" : "on_balance",
      requestId: payout.requestId,
    };
  });
}
