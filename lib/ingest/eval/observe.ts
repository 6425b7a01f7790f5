import type { ParsedEmail } from "../parsed-email-types";
import type { Extraction } from "../extraction-types";
import type { Observation } from "./labels";
import { paymentTail } from "./payment-tail";

/** The extraction of one email in the labels' terms; quarantined mail carries nothing else. */
export function observe(
  parsed: Pick<ParsedEmail, "quarantine">,
  x: Extraction | null,
): Observation {
  if (parsed.quarantine || !x) {
    return {
      quarantine: parsed.quarantine?.reason ?? null,
      language: null,
      claim: null,
      serviceName: null,
      amount: null,
      directRequested: null,
      payment: null,
      phoneNumbers: [],
      orderRefs: [],
      missing: [],
    };
  }
  const payment = x.paymentDetails.value;
  return {
    quarantine: null,
    language: x.language.value,
    claim: x.claim.recognised ? x.claim.value : null,
    serviceName: x.serviceName.value,
    amount: x.amount.value
      ? { minor: x.amount.value.amountMinor, currency: x.amount.value.currency }
      : null,
    directRequested: x.directRequested.value,
    payment: payment ? { kind: payment.kind, tail: paymentTail(payment) } : null,
    phoneNumbers: x.phoneNumbers.map((p) => p.value),
    orderRefs: x.orderRefs.map((o) => o.value),
    missing: [...x.missing],
  };
}
