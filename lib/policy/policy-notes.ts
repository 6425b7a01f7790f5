import type { ClauseId } from "./clauses";

/**
 * Policy sentences that are not a clause of their own but that a manager
 * should see beside the clauses they qualify. Text copied verbatim from
 * refund-policy.txt (a test checks it).
 */
export interface PolicyNote {
  id: string;
  /** The exact sentence of refund-policy.txt. */
  policyText: string;
  /** The clauses the note qualifies. */
  relatesTo: ClauseId[];
  /** How the engine uses it. */
  reading: string;
}

export const POLICY_NOTES: readonly PolicyNote[] = [
  {
    id: "NOTE-ONE-MONTH-CAP",
    policyText:
      "Refunds to the client or the balance of the Personal account shall be processed in a period of no longer than one month.",
    relatesTo: ["SLA-DIRECT-1M", "SLA-BALANCE-5WD"],
    reading:
      "The source of SLA-DIRECT-1M. It caps balance refunds too, but 5 working days always fall inside one month, so SLA-BALANCE-5WD decides their deadline.",
  },
  {
    id: "NOTE-SERVICE-RESTRICTIONS",
    policyText:
      "*Some services have their own restrictions that may prevent SMS sending to specific numbers or numbers of specific carriers.",
    relatesTo: ["VN-DENY-RESTRICTIONS-IGNORED", "VN-DENY-REGISTRATION-SPECIFIC-SERVICE"],
    reading:
      "Explains the restrictions of VN-DENY-RESTRICTIONS-IGNORED. Whether the client ignored them is a fact on the order (restrictionsIgnored), not something the engine infers.",
  },
  {
    id: "NOTE-DISPOSABLE-AUTOMATED",
    policyText:
      "*Note that the One-use (Disposable) service is fully automated. It is mandatory to follow the instructions while ordering a number to prevent any possible issues.",
    relatesTo: ["DISP-AUTO-NO-SMS", "DISP-DENY-SMS-SHOWN"],
    reading:
      "Disposable refunds need no email; an emailed request about one is answered from the automation's state (wait, already_refunded, or approve with the missed automation flagged).",
  },
  {
    id: "NOTE-DISPOSABLE-BALANCE-ONLY",
    policyText: "One-use (Disposable) number refunds to the account balance.",
    relatesTo: ["DISP-AUTO-NO-SMS", "PAY-DIRECT-PERSONAL-REQUEST"],
    reading:
      "Disposable-number refunds always go to the balance, even when the client asks for a direct refund.",
  },
  {
    id: "NOTE-DISPOSABLE-ACCOUNT",
    policyText:
      "Any other issues related to the maintenance of the account registered to such a number are beyond our responsibility.",
    relatesTo: ["DISP-DENY-SMS-SHOWN"],
    reading:
      "Problems with an account registered through a delivered SMS are part of DISP-DENY-SMS-SHOWN.",
  },
  {
    id: "NOTE-DIRECT-FROM-BALANCE",
    policyText:
      "We guarantee the refund to the client from the balance of the personal account in the following cases:",
    relatesTo: [
      "VN-DIRECT-ORDER-NOT-COMPLETED",
      "VN-DIRECT-PROVIDER-FAULT",
      "PAY-DIRECT-PERSONAL-REQUEST",
    ],
    reading:
      "A direct refund is paid out of the balance: credit the balance, then pay out from it.",
  },
  {
    id: "NOTE-REVIEW-CLOCK",
    policyText:
      "All refund requests are accepted via email: [email protected] and reviewed by the dedicated department within 2 working days from the receiving date.",
    relatesTo: ["SLA-REVIEW-2WD", "REQ-INCOMPLETE"],
    reading:
      "The receiving date is that of the message that completed the request (request.completedAt).",
  },
];
