import type { RequestStatus } from "@/db/schema/enums";
import { approvalNeed, approvalThresholdMinor, type ApprovalNeed } from "@/lib/payouts/four-eyes";
import { payoutDueBy } from "@/lib/policy/deadlines";
import { formatMinor } from "@/lib/policy/money";
import { AppError } from "@/lib/server/app-error";
import { checkClauseFit } from "./check-clause-fit";
import { checkDestination } from "./check-destination";
import { checkRefundAmount } from "./check-refund-amount";
import type { DecisionContext } from "./decision-context";
import { deviations, noteRequired } from "./recommended-decision";

export type DecisionPlan = {
  kind: DecisionContext["input"]["kind"];
  amountMinor: number | null;
  currency: string | null;
  destination: "balance" | "direct" | null;
  override: boolean;
  deviations: string[];
  status: RequestStatus;
  payoutBy: Date | null;
  /** New money to book: the whole amount, or on a reopened decision the difference above what moved. */
  payout: { amountMinor: number; source: "decision" | "top_up"; approval: ApprovalNeed } | null;
  /** On a reopened decision that lowers the refund: how much of what moved to take back. */
  reverseMinor: number;
  /** A reply waits as a draft while a manager's approval is pending. */
  replyState: "queued" | "draft";
  /** The decision this one corrects (a reopened one), for the correction reply. */
  corrects: Date | null;
};

const invalid = (field: string, message: string) =>
  new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { [field]: [message] } });
const conflict = (message: string) => new AppError("CONFLICT", { userMessage: message });

/**
 * The rules of recording a decision, pure (the database is read before and
 * written after): who may decide, governance of decided requests, the order
 * and payment every refund is tied to, the cap, the currency (check-refund-amount.ts),
 * clause fit, overrides and four-eyes. Throws AppError with a user-safe message.
 */
export function checkDecision(c: DecisionContext): DecisionPlan {
  const { input, request: req, latest } = c;
  if (req.assigneeId && req.assigneeId !== c.actor.id && !input.takeOver)
    throw conflict(
      `${c.assigneeName ?? "Another reviewer"} is working on this request. Take it over to decide it.`,
    );
  const reopened = req.attention === "reopened" || req.attention === "approval_rejected";
  if (latest && latest.kind !== "request_info" && !reopened)
    throw conflict(
      `This request was decided (${latest.kind}) by ${latest.decidedByName}. Only a manager can reopen a recorded decision.`,
    );
  if (c.booked.inFlight)
    throw conflict(
      "The refund for this request is at the payment provider; wait for it to settle or fail.",
    );
  const paying = input.kind === "approve" || input.kind === "partial";
  checkClauseFit(input, c.evaluation?.outcome ?? null, c.actor.manager);
  const currency = c.order?.currency ?? null;
  let amountMinor: number | null = null;
  if (paying) {
    amountMinor = checkRefundAmount(c);
    checkDestination(c);
  }
  const destination = paying ? input.destination! : null;
  const rec = {
    outcome: req.recOutcome,
    amountMinor: req.recAmountMinor,
    destination: req.recDestination,
    missing: req.missing,
  };
  const devs = deviations(rec, { kind: input.kind, amountMinor, destination });
  const policyMinor =
    req.recOutcome === "approve" || req.recOutcome === "partial" ? (req.recAmountMinor ?? 0) : 0;
  if (paying && amountMinor! > policyMinor && !devs.some((d) => d.startsWith("amount")))
    devs.push(`amount ${amountMinor} above the policy's ${policyMinor}`);
  const override = devs.length > 0;
  if (override && !input.justification)
    throw invalid(
      "justification",
      `You changed the recommendation (${devs.join("; ")}). Write a justification.`,
    );
  // Following the recommendation needs no note (its explanation is the reason); without one to follow, say why.
  if (noteRequired(rec, devs) && input.note.length < 3)
    throw invalid(
      "note",
      "The policy makes no recommendation here: write a short note on why you decide so.",
    );
  const target = amountMinor ?? 0;
  const toBook = Math.max(0, target - c.booked.heldMinor);
  const approval =
    paying && toBook > 0
      ? approvalNeed({
          destination: destination!,
          amountMinor: target,
          currency: currency!,
          policyAmountMinor: policyMinor,
          thresholdMinor: approvalThresholdMinor(currency!, c.fourEyes),
          format: (m) => formatMinor(m, currency!),
        })
      : null;
  const payoutBy = paying ? new Date(payoutDueBy(destination!, c.now.getTime(), c.calendar)) : null;
  return {
    kind: input.kind,
    amountMinor,
    currency: paying ? currency : null,
    destination,
    override,
    deviations: devs,
    status: statusAfter(input.kind, toBook, target),
    payoutBy,
    payout:
      toBook > 0
        ? { amountMinor: toBook, source: c.booked.heldMinor > 0 ? "top_up" : "decision", approval }
        : null,
    reverseMinor: Math.max(0, c.booked.heldMinor - target),
    replyState: approval ? "draft" : "queued",
    corrects: latest && latest.kind !== "request_info" ? latest.createdAt : null,
  };
}

function statusAfter(
  kind: DecisionContext["input"]["kind"],
  toBook: number,
  target: number,
): RequestStatus {
  if (kind === "request_info") return "awaiting_customer";
  if (kind === "deny") return "closed";
  // A reopened decision that moves no new money is already paid (or just reduced).
  return toBook > 0 ? "decided" : target > 0 ? "paid" : "closed";
}
