import { pgEnum } from "drizzle-orm/pg-core";
import {
  CLAIMS,
  DESTINATIONS,
  KYC_STATES,
  NOT_PROVIDED_CAUSES,
  ORDER_KINDS,
  ORDER_LABELS,
  ORDER_STATUSES,
  OUTAGE_CAUSES,
  OUTCOMES,
  PAYMENT_DETAIL_KINDS,
  PAYMENT_METHOD_TYPES,
} from "@/lib/policy/vocabulary";
import { LEDGER_ACCOUNT_KINDS, LEDGER_TRANSACTION_KINDS } from "@/lib/ledger/vocabulary";
import {
  APPROVAL_STAGES,
  ATTENTION_KINDS,
  PAYOUT_SOURCES,
  PAYOUT_STATES,
} from "@/lib/payouts/vocabulary";
import { ROLES, type Role } from "@/lib/auth/roles";
import { DECISION_KINDS, type DecisionKind } from "@/lib/decisions/vocabulary";

/** Roles are a database enum, never free strings (style.md §6). */
export { ROLES, type Role };
export const roleEnum = pgEnum("role", ROLES);

export const kycEnum = pgEnum("kyc_state", KYC_STATES);
export const paymentMethodTypeEnum = pgEnum("payment_method_type", PAYMENT_METHOD_TYPES);
export const orderKindEnum = pgEnum("order_kind", ORDER_KINDS);
export const orderLabelEnum = pgEnum("order_label", ORDER_LABELS);
export const orderStatusEnum = pgEnum("order_status", ORDER_STATUSES);
export const notProvidedCauseEnum = pgEnum("not_provided_cause", NOT_PROVIDED_CAUSES);
export const outageCauseEnum = pgEnum("outage_cause", OUTAGE_CAUSES);
export const claimEnum = pgEnum("claim", CLAIMS);
export const outcomeEnum = pgEnum("policy_outcome", OUTCOMES);
export const destinationEnum = pgEnum("destination", DESTINATIONS);
export const paymentDetailKindEnum = pgEnum("payment_detail_kind", PAYMENT_DETAIL_KINDS);

export const EMAIL_CHANNELS = ["imap", "webhook", "upload", "cli", "seed"] as const;
export const emailChannelEnum = pgEnum("email_channel", EMAIL_CHANNELS);

export const INBOUND_STATES = ["received", "processed", "quarantined", "dismissed"] as const;
export const inboundStateEnum = pgEnum("inbound_state", INBOUND_STATES);

/**
 * "sending": claimed by a sender until its lease ends (lib/requests/send-outbound-emails.ts);
 * "failed": out of attempts, or refused for good by the mail server;
 * "discarded": a drafted or queued reply that must never go out (e.g. a missing-info request the customer already answered).
 */
export const OUTBOUND_STATES = [
  "draft",
  "queued",
  "sending",
  "sent",
  "failed",
  "discarded",
] as const;
export const outboundStateEnum = pgEnum("outbound_state", OUTBOUND_STATES);

/** Where a request sits in the refunds workflow (the queue's tabs). */
export const REQUEST_STATUSES = [
  "awaiting_customer",
  "to_review",
  "decided",
  "paid",
  "closed",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const requestStatusEnum = pgEnum("request_status", REQUEST_STATUSES);

export { DECISION_KINDS, type DecisionKind };
export const decisionKindEnum = pgEnum("decision_kind", DECISION_KINDS);

export const payoutStateEnum = pgEnum("payout_state", PAYOUT_STATES);
export const payoutSourceEnum = pgEnum("payout_source", PAYOUT_SOURCES);
export const approvalStageEnum = pgEnum("approval_stage", APPROVAL_STAGES);
export const attentionEnum = pgEnum("attention_kind", ATTENTION_KINDS);

export const ledgerAccountKindEnum = pgEnum("ledger_account_kind", LEDGER_ACCOUNT_KINDS);
export const ledgerTransactionKindEnum = pgEnum(
  "ledger_transaction_kind",
  LEDGER_TRANSACTION_KINDS,
);
