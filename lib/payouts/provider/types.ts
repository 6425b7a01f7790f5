/**
 * The payment-provider adapter: what the payout jobs call to send a direct
 * refund, whatever provider stands behind it (the sandbox, or a real one
 * such as Stripe; see README "Payment provider").
 */
export type RefundDestination =
  /** Refund the original charge (e.g. a card charge or payment intent id). */
  | { kind: "original_payment"; paymentRef: string }
  /** The alternative method the reviewer recorded: full requisites text, already unsealed by the caller. */
  | { kind: "bank_transfer" | "wallet" | "card"; details: string };

export type ProviderRefundRequest = {
  /** Stable per payout attempt; the same key never pays twice. */
  idempotencyKey: string;
  /** Integer minor units of `currency`. */
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  destination: RefundDestination;
  /** E.g. payout id, request ref; echoed in the provider's records, never interpreted. */
  metadata?: Record<string, string>;
};

export type ProviderRefundStatus = "pending" | "succeeded" | "failed";

export type ProviderRefund = {
  providerRefundId: string;
  idempotencyKey: string;
  status: ProviderRefundStatus;
  amountMinor: number;
  currency: string;
  /** Set when status is "failed": "<code>: <user-safe explanation>". */
  failureReason: string | null;
};

export interface PaymentProvider {
  /** E.g. "sandbox"; names the provider's clearing and cash accounts. */
  readonly name: string;
  /**
   * Creates (or, for a key seen before, returns) the refund. Throws
   * ProviderUnavailableError (retryable: network error, timeout, 5xx, 429)
   * or ProviderRejectedError (not retryable: 4xx validation/idempotency
   * mismatch, with a user-safe reason).
   */
  refund(req: ProviderRefundRequest): Promise<ProviderRefund>;
  /** The refund created under this idempotency key, or null if the provider never received it. For reconciliation. */
  findRefund(idempotencyKey: string): Promise<ProviderRefund | null>;
}

/** Retryable with the same idempotency key: the provider may or may not have the refund. */
export class ProviderUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ProviderUnavailableError";
  }
}

/**
 * Not retryable: the provider refused the request as sent. `code` says why
 * for programs: "idempotency_mismatch" means the key already holds a
 * different refund, which still exists and may be paid (reconcile with
 * findRefund, never treat it as "not paid").
 */
export class ProviderRejectedError extends Error {
  /** User-safe explanation, shown to reviewers with the failed payout. */
  readonly reason: string;
  /** The provider's error type, e.g. "invalid_request", "idempotency_mismatch", "unauthorized". */
  readonly code: string;

  constructor(message: string, reason: string, code = "rejected") {
    super(message);
    this.name = "ProviderRejectedError";
    this.reason = reason;
    this.code = code;
  }
}
