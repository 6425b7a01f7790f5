import type { ClauseId } from "../clauses";
import type { ParsedPolicyCase } from "../schema";
import type { Decision } from "./decide";
import type { Finding } from "./finding";

export interface PaymentCheck {
  findings: Finding[];
  /** Payment clauses that decided part of the result (INT-PAY-DIRECT-CITED). */
  cited: ClauseId[];
  alternativeRefundRequired: boolean;
}

/** PAY-DIRECT-PERSONAL-REQUEST and PAY-NO-REFUND-METHOD for a decision that pays. */
export function checkPayment(policyCase: ParsedPolicyCase, decision: Decision): PaymentCheck {
  const { request, order } = policyCase;
  const paying = decision.amountMinor !== null && decision.winner !== null;
  const asked = request.directRequested;

  let personal: Finding;
  if (!paying) {
    personal = {
      id: "PAY-DIRECT-PERSONAL-REQUEST",
      matched: false,
      fact: "nothing is paid, so no destination is chosen",
    };
  } else if (order?.kind === "disposable_number") {
    personal = {
      id: "PAY-DIRECT-PERSONAL-REQUEST",
      matched: false,
      fact: asked
        ? "a direct refund was asked, but one-use (disposable) number refunds always go to the balance"
        : "one-use (disposable) number refunds go to the balance",
    };
  } else if (!decision.winner?.award.allowsDirect) {
    personal = {
      id: "PAY-DIRECT-PERSONAL-REQUEST",
      matched: false,
      fact: asked
        ? `a direct refund was asked, but ${decision.winner?.id} refunds to the balance only`
        : `${decision.winner?.id} refunds to the balance only`,
    };
  } else {
    personal = {
      id: "PAY-DIRECT-PERSONAL-REQUEST",
      matched: true,
      fact: asked
        ? "the client personally asked for a direct refund"
        : "the client did not ask personally for a direct refund, so it goes to the balance",
    };
  }

  const direct = paying && decision.destination === "direct";
  const method = order?.paymentMethod ?? null;
  const cannotRefund = direct && (method === null || !method.supportsRefund);
  const noMethod: Finding = {
    id: "PAY-NO-REFUND-METHOD",
    matched: cannotRefund,
    fact: !direct
      ? "no direct refund to the original payment method"
      : method === null
        ? "no original payment method is recorded (paid from the balance or unknown): an alternative refund option is required"
        : method.supportsRefund
          ? `the original payment method (${method.type}) supports refunds`
          : `the original payment method (${method.type}) cannot take refunds: an alternative refund option is required`,
  };

  const cited = [personal, noMethod].filter((f) => f.matched).map((f) => f.id);
  return { findings: [personal, noMethod], cited, alternativeRefundRequired: cannotRefund };
}
