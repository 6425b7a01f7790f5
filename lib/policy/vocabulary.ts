/**
 * The policy's shared vocabulary: the value sets used by the policy engine,
 * the database enums, the email extractor and the UI. One list each, so the
 * layers cannot drift apart.
 */

/** What the customer says went wrong (policy contract `request.claim`). */
export const CLAIMS = [
  "number_not_working",
  "operator_blocked",
  "order_not_completed",
  "number_not_provided",
  "provider_fault",
  "sms_not_received",
  "specific_service_sms_failure",
  "caller_id_unavailable",
  "changed_mind",
  "accidental_topup",
  "voluntary_disconnect",
  "unused_balance",
  "misunderstanding",
  "other",
] as const;
export type Claim = (typeof CLAIMS)[number];

export const ORDER_KINDS = ["rented_number", "disposable_number", "caller_id", "topup"] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_LABELS = ["for_registration"] as const;
export type OrderLabel = (typeof ORDER_LABELS)[number];

export const ORDER_STATUSES = [
  "active",
  "disconnected_by_client",
  "deleted_by_client",
  "blocked_by_operator",
  "not_provided",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const NOT_PROVIDED_CAUSES = ["beyond_control", "fulfilment_failure"] as const;
export type NotProvidedCause = (typeof NOT_PROVIDED_CAUSES)[number];

export const OUTAGE_CAUSES = [
  "local_provider",
  "operator",
  "company",
  "client",
  "unknown",
] as const;
export type OutageCause = (typeof OUTAGE_CAUSES)[number];

export const KYC_STATES = ["not_required", "pending", "verified", "refused"] as const;
export type KycState = (typeof KYC_STATES)[number];

export const PAYMENT_METHOD_TYPES = [
  "card",
  "paypal",
  "bank_transfer",
  "crypto",
  "balance_voucher",
  "other",
] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

export const OUTCOMES = [
  "approve",
  "partial",
  "deny",
  "needs_info",
  "wait",
  "already_refunded",
  "manual_review",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DESTINATIONS = ["balance", "direct"] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** The four items REQ-INCOMPLETE demands of an emailed request. */
export const REQUIRED_ITEMS = ["serviceName", "amount", "reason", "paymentDetails"] as const;
export type RequiredItem = (typeof REQUIRED_ITEMS)[number];

/** Where a customer asks the money to go. "wallet": an e-wallet (QIWI, YooMoney, WebMoney, Skrill…), its id often a phone number. */
export const PAYMENT_DETAIL_KINDS = [
  "card",
  "iban",
  "bank_account",
  "paypal",
  "wallet",
  "crypto",
  "other",
] as const;
export type PaymentDetailKind = (typeof PAYMENT_DETAIL_KINDS)[number];
