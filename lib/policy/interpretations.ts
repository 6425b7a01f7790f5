import type { ClauseId } from "./clauses";
import type { Claim, OrderKind } from "./vocabulary";

/**
 * Where refund-policy.txt and policy-spec.md are silent, the engine decides
 * as below. Exposed as data so the UI can show managers what the engine does.
 */
export interface Interpretation {
  id: string;
  /** The clauses it concerns; empty when it is about the engine as a whole. */
  clauses: ClauseId[];
  text: string;
}

export const INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: "INT-GATE-FIRST",
    clauses: ["REQ-INCOMPLETE"],
    text: "The gate comes first for every emailed request, disposable numbers and barred accounts included; the result carries the provisional evaluation of what was given. reviewBy stays empty until the request is complete.",
  },
  {
    id: "INT-BARS-ANY-ORDER",
    clauses: ["VN-DENY-FRAUD", "VN-DENY-KYC-REFUSED", "VN-DENY-RESTRICTIONS-IGNORED"],
    text: "Bars apply to every order kind and win over contradictions too. A complaint on the account is the complaint of VN-DENY-FRAUD. KYC refusal bars only when the matched order requires identity documents, so without a matched order only VN-DENY-FRAUD can bar.",
  },
  {
    id: "INT-NO-ORDER-MANUAL-REVIEW",
    clauses: [
      "VN-DENY-FRAUD",
      "GEN-DENY-CHANGED-MIND",
      "GEN-DENY-ACCIDENTAL-TOPUP",
      "GEN-DENY-MISUNDERSTANDING",
      "VN-DENY-DELETED-WITH-BALANCE",
    ],
    text: "No matched order: after the gate and the account-level bar (VN-DENY-FRAUD) the result is manual_review. Entitlements rank above denials and depend on the order's facts, so no claim-only denial (changed mind, accidental top-up, misunderstanding, unused balance…) is given until a reviewer links the order; the denial the claim points to is listed as the provisional result.",
  },
  {
    id: "INT-CONTRADICTIONS-BEFORE-ENTITLEMENTS",
    clauses: [],
    text: "Contradictory facts (currencies differ, period ends before it starts, a claim that cannot concern the order's kind, a block with no time, an outage resolved before it was reported, a disposable number with no activation time, an instant after now, ...) send the case to manual_review before any entitlement or denial is applied: a figure computed from facts that contradict each other cannot be trusted.",
  },
  {
    id: "INT-ENTITLEMENTS-ARE-FACTS",
    clauses: [
      "VN-BAL-OUTAGE-24H",
      "VN-BAL-OPERATOR-BLOCK",
      "VN-BAL-NOT-PROVIDED",
      "VN-DIRECT-ORDER-NOT-COMPLETED",
      "VN-DIRECT-PROVIDER-FAULT",
    ],
    text: "Entitlements follow the order's facts, not the wording of the claim. The VN-* entitlements concern rented virtual numbers only; a Caller ID or top-up order never earns them (VN-DENY-CALLER-ID-TECHNICAL is the specific rule for Caller ID). An entitlement worth nothing (nothing paid, or nothing of the period left) does not match.",
  },
  {
    id: "INT-OUTAGE-CAUSES",
    clauses: ["VN-BAL-OUTAGE-24H", "VN-DENY-OUTAGE-UNDER-24H"],
    text: "Outages of every cause except `client` count (local_provider, operator, company, unknown); client-caused outages are dropped before merging, so they never bridge two other reports. A resolution after now is measured to now. A claim about a number with only client-caused outages matches nothing and goes to manual review.",
  },
  {
    id: "INT-PROVIDER-FAULT-START",
    clauses: ["VN-DIRECT-PROVIDER-FAULT"],
    text: "The remainder runs from the earliest report of a still-unresolved local-provider outage (clipped to the paid period) to period end.",
  },
  {
    id: "INT-TIES",
    clauses: [
      "VN-DIRECT-ORDER-NOT-COMPLETED",
      "VN-DIRECT-PROVIDER-FAULT",
      "PAY-DIRECT-PERSONAL-REQUEST",
    ],
    text: "When entitlements pay the same largest amount, one that allows the destination the client asked for wins (direct when asked personally), then catalogue order.",
  },
  {
    id: "INT-PAY-DIRECT-CITED",
    clauses: ["PAY-DIRECT-PERSONAL-REQUEST"],
    text: "PAY-DIRECT-PERSONAL-REQUEST is cited when the deciding entitlement allows a direct refund, because the personal request then decides the destination. With a balance-only entitlement or a disposable number it is listed as considered, not cited.",
  },
  {
    id: "INT-NO-PAYMENT-METHOD",
    clauses: ["PAY-NO-REFUND-METHOD"],
    text: "An order with no recorded payment method (paid from the balance, or unknown) is treated as a method that cannot take a refund.",
  },
  {
    id: "INT-DISPOSABLE-WINDOW",
    clauses: ["DISP-AUTO-NO-SMS"],
    text: "The incoming-SMS table is empty when no SMS is shown in it. From minute 15 to minute 20 inclusive with no refund booked the answer is wait until minute 20; only strictly after minute 20 is the missed automation approved and flagged.",
  },
  {
    id: "INT-DENIAL-SCOPE",
    clauses: [
      "VN-DENY-VOLUNTARY-DISCONNECT",
      "VN-DENY-DELETED-WITH-BALANCE",
      "VN-DENY-REGISTRATION-SPECIFIC-SERVICE",
      "VN-DENY-CALLER-ID-TECHNICAL",
    ],
    text: "Voluntary disconnect: the order is disconnected or deleted by the client before period end and has no counted outage. Deleted with balance: the account has unused funds and either the client disconnected/deleted the order or asks for the unused balance. Registration: a «For registration» number, active with no ongoing outage, and a claim about one specific service. Caller ID: a Caller ID order that was not provided or a claim that it is unavailable.",
  },
  {
    id: "INT-CITE-ALL-DENIALS",
    clauses: [],
    text: "All matching bars are cited in catalogue order. All matching denials are cited too; the one that answers the client's own claim (CLAIM_DENIALS) decides and comes first, the others follow in catalogue order.",
  },
];

/**
 * Which order kinds each claim can concern (INT-CONTRADICTIONS-BEFORE-ENTITLEMENTS).
 * A claim outside its kinds is a contradiction; "any" means every kind.
 */
export const CLAIM_ORDER_KINDS: Record<Claim, readonly OrderKind[] | "any"> = {
  number_not_working: ["rented_number", "disposable_number"],
  operator_blocked: ["rented_number"],
  order_not_completed: ["rented_number"],
  number_not_provided: ["rented_number"],
  provider_fault: ["rented_number"],
  sms_not_received: ["disposable_number"],
  specific_service_sms_failure: ["rented_number", "disposable_number"],
  caller_id_unavailable: ["caller_id"],
  changed_mind: "any",
  accidental_topup: ["topup"],
  voluntary_disconnect: ["rented_number", "caller_id"],
  unused_balance: "any",
  misunderstanding: "any",
  other: "any",
};

/** The denial that answers each claim directly (INT-CITE-ALL-DENIALS); null when none does. */
export const CLAIM_DENIALS: Record<Claim, ClauseId | null> = {
  number_not_working: "VN-DENY-OUTAGE-UNDER-24H",
  operator_blocked: null,
  order_not_completed: null,
  number_not_provided: null,
  provider_fault: "VN-DENY-OUTAGE-UNDER-24H",
  sms_not_received: "DISP-DENY-SMS-SHOWN",
  specific_service_sms_failure: "VN-DENY-REGISTRATION-SPECIFIC-SERVICE",
  caller_id_unavailable: "VN-DENY-CALLER-ID-TECHNICAL",
  changed_mind: "GEN-DENY-CHANGED-MIND",
  accidental_topup: "GEN-DENY-ACCIDENTAL-TOPUP",
  voluntary_disconnect: "VN-DENY-VOLUNTARY-DISCONNECT",
  unused_balance: "VN-DENY-DELETED-WITH-BALANCE",
  misunderstanding: "GEN-DENY-MISUNDERSTANDING",
  other: null,
};
