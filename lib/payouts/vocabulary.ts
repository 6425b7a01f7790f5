/**
 * Payout vocabulary shared by the database enums, the state machine and the
 * UI. No database imports: the browser bundle uses the labels.
 */

/**
 * A payout's life (money-spec.md):
 * - balance:  pending → (awaiting_approval, for an override paying above the policy) → credited
 * - direct:   pending → ready | awaiting_approval → sent → settled | failed
 *   A direct refund is credited to the balance first (step 1), then paid out
 *   from it (step 2). `ready` and `awaiting_approval` after step 1 hold the
 *   money on the balance; `failed` returns it there.
 * - on_balance: a direct refund that ends on the balance (four-eyes rejected
 *   after step 1, or failed and kept there).
 * - rejected: four-eyes rejected before anything was booked.
 * - cancelled: superseded before anything was booked.
 */
export const PAYOUT_STATES = [
  "pending",
  "awaiting_approval",
  "ready",
  "credited",
  "sent",
  "settled",
  "failed",
  "on_balance",
  "rejected",
  "cancelled",
] as const;
export type PayoutState = (typeof PAYOUT_STATES)[number];

/** States in which a payout holds or moves money: they count against the order's cap. */
export const HOLDING_STATES = [
  "pending",
  "awaiting_approval",
  "ready",
  "credited",
  "sent",
  "settled",
  "failed",
  "on_balance",
] as const satisfies readonly PayoutState[];

/** States after which the payout never moves again. */
export const FINAL_STATES = [
  "credited",
  "settled",
  "on_balance",
  "rejected",
  "cancelled",
] as const satisfies readonly PayoutState[];

/** Why a payout exists. */
export const PAYOUT_SOURCES = [
  /** A reviewer's approve / partial decision. */
  "decision",
  /** DISP-AUTO-NO-SMS: the minute job, no decision and no email. */
  "automatic",
  /** A reopened decision that raised the amount: the difference only. */
  "top_up",
] as const;
export type PayoutSource = (typeof PAYOUT_SOURCES)[number];

/** When a four-eyes approval is asked for: before anything is booked, or between step 1 and step 2. */
export const APPROVAL_STAGES = ["before_credit", "before_send"] as const;
export type ApprovalStage = (typeof APPROVAL_STAGES)[number];

export const PAYOUT_STATE_LABEL: Record<PayoutState, string> = {
  pending: "Pending",
  awaiting_approval: "Awaiting approval",
  ready: "Ready to send",
  credited: "Credited",
  sent: "Sent",
  settled: "Settled",
  failed: "Failed",
  on_balance: "Kept on balance",
  rejected: "Rejected",
  cancelled: "Cancelled",
};

/** Why a request is back in the queue with a flag. */
export const ATTENTION_KINDS = ["payout_failed", "approval_rejected", "reopened"] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/**
 * States in which a payout's deadline (payouts.due_by: SLA-BALANCE-5WD / SLA-DIRECT-1M) still
 * runs: the money has not reached the balance (balance refunds) or the customer (direct ones).
 */
export const OPEN_PAYOUT_STATES = [
  "pending",
  "awaiting_approval",
  "ready",
  "sent",
  "failed",
] as const;
