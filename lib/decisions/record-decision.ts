import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { payouts } from "@/db/schema";
import type { RequestStatus } from "@/db/schema/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { capViolation } from "@/lib/payouts/cap-violation";
import { AppError } from "@/lib/server/app-error";
import { checkDecision } from "./check-decision";
import type { DecisionContext } from "./decision-context";
import type { RecordDecisionInput } from "./decision-schema";
import { loadDecisionContext } from "./load-decision-context";
import { writeDecision } from "./write-decision";

export type RecordDecisionOptions = {
  input: RecordDecisionInput;
  actor: DecisionContext["actor"];
  now?: Date;
};
export type RecordedDecision = {
  decisionId: string;
  status: RequestStatus;
  override: boolean;
  payoutId: string | null;
  replyId: string | null;
  /** The reply waits as a draft until a manager approves the payout. */
  awaitingApproval: boolean;
  repeated: boolean;
};

/**
 * Records a decision in one transaction — load (with locks), check (pure),
 * write — or nothing at all. A double submit repeats the first answer.
 */
export async function recordDecision(
  db: Db,
  opts: RecordDecisionOptions,
): Promise<RecordedDecision> {
  const now = opts.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      const loaded = await loadDecisionContext(tx, opts.input, opts.actor, now);
      if (loaded.repeat) {
        const [p] = await tx
          .select({ id: payouts.id })
          .from(payouts)
          .where(eq(payouts.decisionId, loaded.repeat.id));
        return {
          decisionId: loaded.repeat.id,
          status: "decided",
          override: loaded.repeat.override,
          payoutId: p?.id ?? null,
          replyId: null,
          awaitingApproval: false,
          repeated: true,
        };
      }
      const plan = checkDecision(loaded.ctx);
      const written = await writeDecision(tx, loaded.ctx, plan);
      for (const entry of written.audits) await recordAudit(tx, entry);
      return {
        decisionId: written.decisionId,
        status: plan.status,
        override: plan.override,
        payoutId: written.payoutId,
        replyId: plan.replyState === "queued" ? written.replyId : null,
        awaitingApproval: plan.replyState === "draft",
        repeated: false,
      };
    });
  } catch (err) {
    // The database's own cap (orders_refund_committed_cap) speaks only if the checks above were bypassed.
    if (capViolation(err))
      throw new AppError("CONFLICT", {
        userMessage:
          "This refund would exceed what was paid for the order. Nothing was saved; reload and check the amount.",
      });
    throw err;
  }
}
