/**
 * The clause catalogue as data (policy-spec.md "Clause catalogue"). The engine
 * cites these ids; the UI shows the id, the title and the exact policy text.
 * `policyText` is copied verbatim from refund-policy.txt (a test checks it).
 */

export const CLAUSE_KINDS = [
  "gate",
  "bar",
  "entitlement",
  "denial",
  "payment",
  "deadline",
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

export const CLAUSE_IDS = [
  "REQ-INCOMPLETE",
  "VN-DENY-FRAUD",
  "VN-DENY-KYC-REFUSED",
  "VN-DENY-RESTRICTIONS-IGNORED",
  "VN-BAL-OUTAGE-24H",
  "VN-BAL-OPERATOR-BLOCK",
  "VN-BAL-NOT-PROVIDED",
  "VN-DIRECT-ORDER-NOT-COMPLETED",
  "VN-DIRECT-PROVIDER-FAULT",
  "DISP-AUTO-NO-SMS",
  "VN-DENY-VOLUNTARY-DISCONNECT",
  "VN-DENY-DELETED-WITH-BALANCE",
  "VN-DENY-REGISTRATION-SPECIFIC-SERVICE",
  "VN-DENY-CALLER-ID-TECHNICAL",
  "VN-DENY-OUTAGE-UNDER-24H",
  "GEN-DENY-CHANGED-MIND",
  "GEN-DENY-ACCIDENTAL-TOPUP",
  "GEN-DENY-MISUNDERSTANDING",
  "DISP-DENY-SMS-SHOWN",
  "PAY-DIRECT-PERSONAL-REQUEST",
  "PAY-NO-REFUND-METHOD",
  "SLA-REVIEW-2WD",
  "SLA-BALANCE-5WD",
  "SLA-DIRECT-1M",
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export interface Clause {
  id: ClauseId;
  kind: ClauseKind;
  /** One line for lists and badges. */
  title: string;
  /** The exact sentence of refund-policy.txt the clause comes from. */
  policyText: string;
  /** How policy-spec.md reads the clause where the text is silent; null when it is not needed. */
  interpretation: string | null;
}

type ClauseBody = Omit<Clause, "id">;

const CATALOGUE: Record<ClauseId, ClauseBody> = {
  "REQ-INCOMPLETE": {
    kind: "gate",
    title: "The request lacks the service name, amount, reason or payment details",
    policyText: "Without this information, the refund request will not be reviewed.",
    interpretation:
      "Missing any item: outcome needs_info, listing each missing item. The review clock starts only when the request is complete (the receipt time of the message that completed it).",
  },
  "VN-DENY-FRAUD": {
    kind: "bar",
    title: "Fraud, unlawful use, or a complaint from the provider or the authorities",
    policyText:
      "The Client used our services for purposes contrary to local laws; the service was used for fraud; we received a complaint from the local number provider or law authorities; we know that the Client is about to use our services for fraud; we have proof that the Client uses or going to use our services for fraud;",
    interpretation: null,
  },
  "VN-DENY-KYC-REFUSED": {
    kind: "bar",
    title: "The client refuses the identity documents the number requires",
    policyText:
      "We require documents confirming the identity of the end-user to activate the number; the Client confirmed the agreement with these requirements when ordering, but refuses to provide all the documents required to activate the number;",
    interpretation: null,
  },
  "VN-DENY-RESTRICTIONS-IGNORED": {
    kind: "bar",
    title: "The client ignored the number's SMS restrictions",
    policyText:
      'The Client ignored the "restrictions" for the SMS number; in that case, cancellation or free replacement is not provided;',
    interpretation: "No refund, no cancellation, no free replacement.",
  },
  "VN-BAL-OUTAGE-24H": {
    kind: "entitlement",
    title: "The rented number did not work for more than 24 hours",
    policyText:
      "The rented number has not worked for more than 24 hours; the time the number was inactive is compensated by the Company; the number is considered non-working since the moment the customer reported the issue;",
    interpretation:
      "Inactive time runs from the customer's report to resolution, or to now while unresolved. Overlapping or touching reports merge into one episode; only time inside the paid period counts; an episode qualifies when it lasts more than 24 hours; amount = period price × qualifying time ÷ period length. Outages caused by the client do not count. Destination: balance.",
  },
  "VN-BAL-OPERATOR-BLOCK": {
    kind: "entitlement",
    title: "The local operator disconnected or blocked the number",
    policyText:
      "The number is disconnected or/and blocked by the local operator for reasons not related to the activities of the Client;",
    interpretation:
      "Amount is the unused remainder of the paid period, from the block time to period end. Destination: balance.",
  },
  "VN-BAL-NOT-PROVIDED": {
    kind: "entitlement",
    title: "The paid number could not be provided for reasons beyond our control",
    policyText: "We cannot provide a paid number for reasons beyond the Company's control.",
    interpretation: "Amount: everything paid for it. Destination: balance.",
  },
  "VN-DIRECT-ORDER-NOT-COMPLETED": {
    kind: "entitlement",
    title: "The order could not be completed although the website allowed it",
    policyText:
      "We cannot complete the order by providing the ordered virtual number while it was possible to order the virtual number on the website;",
    interpretation:
      "Amount: everything paid for it. Destination: direct if the client asked personally, else balance.",
  },
  "VN-DIRECT-PROVIDER-FAULT": {
    kind: "entitlement",
    title: "The number stopped working through the local provider's fault and cannot be replaced",
    policyText:
      "The purchased virtual number is not working/ceased to work due to the fault of the local provider, and we cannot provide a replacement for the same country/city.",
    interpretation:
      "An unresolved outage caused by the local provider and no replacement for the same country and city. Amount is the unused remainder of the paid period from the customer's report to period end. Destination: direct if asked personally, else balance.",
  },
  "DISP-AUTO-NO-SMS": {
    kind: "entitlement",
    title: "The disposable number received no SMS (automatic refund)",
    policyText:
      "The SMS was not received, and the incoming SMS table is empty; such refunds are automated and provided within 15-20 minutes in case the SMS fails to be received.",
    interpretation:
      "Refunded to balance automatically: the activation waits 15 minutes; the refund must be booked by 20 minutes after activation. An emailed request: already_refunded when the automatic refund exists; wait before minute 15; past minute 20 with no refund, approve to balance and flag the missed automation.",
  },
  "VN-DENY-VOLUNTARY-DISCONNECT": {
    kind: "denial",
    title: "The client disconnected the service early of their own will",
    policyText:
      "The Client disconnected the service before the end of the paid period at his own will and is unrelated to the service issues.",
    interpretation: null,
  },
  "VN-DENY-DELETED-WITH-BALANCE": {
    kind: "denial",
    title: "Unused balance after the client disconnected or deleted services",
    policyText:
      "The Client has disconnected/deleted the paid services and there are unused funds on the balance;",
    interpretation:
      "The client disconnected or deleted paid services and asks for the unused funds on the balance.",
  },
  "VN-DENY-REGISTRATION-SPECIFIC-SERVICE": {
    kind: "denial",
    title: "A working «For registration» number misses SMS from one specific service",
    policyText:
      "When the Company provides the Client with a number labeled «For registration» and this number is operational and receives SMS from most services but fails to receive SMS from a specific service; in that case, the Company's obligations regarding the provided service are considered fulfilled, and refund or replacement is not provided.",
    interpretation: "Obligations fulfilled: no refund, no replacement.",
  },
  "VN-DENY-CALLER-ID-TECHNICAL": {
    kind: "denial",
    title: "Caller ID could not be provided for technical reasons",
    policyText:
      "The case when the Caller ID service (rented number identification) cannot be provided due to technical reasons is non-refundable;",
    interpretation: null,
  },
  "VN-DENY-OUTAGE-UNDER-24H": {
    kind: "denial",
    title: "The number's outage lasted 24 hours or less",
    policyText: "The rented number has not worked for more than 24 hours;",
    interpretation:
      "An outage of 24 hours or less, counted as for VN-BAL-OUTAGE-24H, is not a refundable case.",
  },
  "GEN-DENY-CHANGED-MIND": {
    kind: "denial",
    title: "The client changed their mind",
    policyText: "The Client has changed their mind regarding the order;",
    interpretation: null,
  },
  "GEN-DENY-ACCIDENTAL-TOPUP": {
    kind: "denial",
    title: "The client topped up the balance by accident",
    policyText: "The Client accidentally topped up their account balance;",
    interpretation: null,
  },
  "GEN-DENY-MISUNDERSTANDING": {
    kind: "denial",
    title: "The client misunderstood how the service works",
    policyText: "Other cases related to the Client not understanding how our services work;",
    interpretation: null,
  },
  "DISP-DENY-SMS-SHOWN": {
    kind: "denial",
    title: "The SMS text is shown in the disposable number's ordering table",
    policyText:
      "The SMS text is displayed in the one-use (disposable) number ordering table. In this case, the Company's obligations to provide one-use (disposable) number service are considered to be fulfilled.",
    interpretation: null,
  },
  "PAY-DIRECT-PERSONAL-REQUEST": {
    kind: "payment",
    title: "A direct refund only on the client's personal request",
    policyText: "Refund to the Client directly is possible after a personal request only.",
    interpretation:
      "Otherwise the money goes to the balance. Disposable-number refunds always go to the balance. A direct refund is paid out of the balance: credit the balance, then pay out from it.",
  },
  "PAY-NO-REFUND-METHOD": {
    kind: "payment",
    title: "The original payment method cannot refund: offer an alternative",
    policyText:
      "Please note that not all payment methods support refunds. If the payment was made using those methods, we will offer alternative refund options.",
    interpretation:
      "The result says an alternative refund option is required (for example a bank transfer to the requisites given); the reviewer records which one.",
  },
  "SLA-REVIEW-2WD": {
    kind: "deadline",
    title: "Review within 2 working days of the complete request",
    policyText:
      "All refund requests are accepted via email: [email protected] and reviewed by the dedicated department within 2 working days from the receiving date.",
    interpretation: "Counted from the receipt of the message that completed the request.",
  },
  "SLA-BALANCE-5WD": {
    kind: "deadline",
    title: "A balance refund is credited within 5 working days of the decision",
    policyText: "Refunds to the balance are processed within 1-5 working days.",
    interpretation: "payoutBy assumes the decision is taken at the case's now.",
  },
  "SLA-DIRECT-1M": {
    kind: "deadline",
    title: "A direct refund is paid within one calendar month of the decision",
    policyText:
      "Refunds to the client or the balance of the Personal account shall be processed in a period of no longer than one month.",
    interpretation:
      "Same local day of the next month, clamped to its last day; payoutBy assumes the decision is taken at now.",
  },
};

/** Every clause, in catalogue order (the order the engine cites ties in). */
export const CLAUSES: readonly Clause[] = CLAUSE_IDS.map((id) => ({ id, ...CATALOGUE[id] }));

export function getClause(id: ClauseId): Clause {
  return { id, ...CATALOGUE[id] };
}
