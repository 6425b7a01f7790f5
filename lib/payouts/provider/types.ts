export type RefundDestination =
  | { kind: "original_payment"; paymentRef: string }
  | { kind: "bank_transfer" | "wallet" | "card"; details: string };
export type ProviderRefundRequest = {
  idempotencyKey: string;
  amountMinor: number;
  currency: string;
  destination: RefundDestination;
  metadata?: Record<string, string>;
};
export type ProviderRefundStatus = "pending" | "succeeded" | "failed";
export type ProviderRefund = {
  providerRefundId: string;
  idempotencyKey: string;
  status: ProviderRefundStatus;
  amountMinor: number;
  currency: string;
  failureReason: string | null;
};
export interface PaymentProvider {
  readonly name: string;
  refund(req: ProviderRefundRequest): Promise<ProviderRefund>;
  findRefund(idempotencyKey: string): Promise<ProviderRefund | null>;
}
export class ProviderUnavailableError extends Error {}
export class ProviderRejectedError extends Error {
  constructor(
    message: string,
    public readonly reason: string,
  ) {
    super(message);
  }
}
