import type { ParsedPolicyCase } from "../schema";
import { REQUIRED_ITEMS, type RequiredItem } from "../vocabulary";
import type { Finding } from "./finding";

export const REQUIRED_ITEM_LABELS: Record<RequiredItem, string> = {
  serviceName: "the name of the service",
  amount: "the amount",
  reason: "the refund reason",
  paymentDetails: "bank requisites or other payment method details",
};

/** REQ-INCOMPLETE: each of the four items the request must state. */
export function checkGate(request: ParsedPolicyCase["request"]): {
  finding: Finding;
  missing: RequiredItem[];
} {
  const missing = REQUIRED_ITEMS.filter((item) => !request.provided[item]);
  const fact =
    missing.length === 0
      ? "the request states the service, the amount, the reason and the payment details"
      : `the request does not state ${missing.map((item) => REQUIRED_ITEM_LABELS[item]).join(", ")}`;
  return { finding: { id: "REQ-INCOMPLETE", matched: missing.length > 0, fact }, missing };
}
