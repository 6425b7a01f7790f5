import { formatMinor, minorDigits } from "@/lib/policy/money";
import { AppError } from "@/lib/server/app-error";
import type { DecisionContext } from "./decision-context";
import { parseMajorAmount } from "./decision-schema";

const invalid = (field: string, message: string) =>
  new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { [field]: [message] } });

/**
 * The amount of a paying decision, in minor units: tied to the request's paid order, in the
 * currency paid, and within the cap. Throws AppError with a user-safe message.
 */
export function checkRefundAmount(c: DecisionContext): number {
  const { input } = c;
  const currency = c.order?.currency ?? null;
  if (!c.order)
    throw invalid(
      "amount",
      "Link the order this refund is for first: a refund is always tied to a paid order.",
    );
  if (c.order.paidMinor <= 0)
    throw invalid("amount", `Order ${c.order.ref} was not paid for: there is nothing to refund.`);
  if (input.currency !== currency)
    throw invalid(
      "currency",
      `Order ${c.order.ref} was paid in ${currency}; refunds are paid in the currency paid.`,
    );
  const amountMinor = parseMajorAmount(input.amount ?? "", minorDigits(currency!));
  if (amountMinor === null || amountMinor <= 0)
    throw invalid(
      "amount",
      `Enter an amount in ${currency}, like ${minorDigits(currency!) ? "12.50" : "1250"}`,
    );
  // The cap: what others hold on this order plus this request's whole refund never exceeds what was paid.
  const othersMinor = c.order.refundCommittedMinor - c.booked.heldMinor;
  const refundable = c.order.paidMinor - othersMinor;
  if (amountMinor > refundable)
    throw invalid(
      "amount",
      `At most ${formatMinor(Math.max(refundable, 0), currency!)} can be refunded on order ${c.order.ref} (paid ${formatMinor(c.order.paidMinor, currency!)}${othersMinor > 0 ? `, ${formatMinor(othersMinor, currency!)} already refunded or on its way` : ""}).`,
    );
  return amountMinor;
}
