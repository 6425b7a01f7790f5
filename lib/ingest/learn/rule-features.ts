import { namesBalance, namesDestination } from "../destination-phrases";
import { extractPaymentDetails } from "../extract-payment-details";

/**
 * What the exact rules found in a mail's body, as classifier inputs: the kind
 * of payment details given (or none), and whether a phrase asks for the money
 * outside the balance or onto it. The classifiers learn how much each says
 * (cross-validated on the train split, the direct-refund signal's precision
 * went from 95.7 % to 98.8 % with them).
 *
 * @param paymentKind the kind extractPaymentDetails found in the body, when the caller has it
 */
export function ruleFeatures(
  bodyText: string,
  paymentKind: string | null = extractPaymentDetails(bodyText).value?.kind ?? null,
): Record<string, number> {
  const out: Record<string, number> = paymentKind
    ? { "@pay": 1, [`@pay_${paymentKind}`]: 1 }
    : { "@pay_none": 1 };
  if (namesDestination(bodyText)) out["@dest"] = 1;
  if (namesBalance(bodyText)) out["@to_balance"] = 1;
  return out;
}
