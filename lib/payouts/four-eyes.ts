import { z } from "zod";
import { minorDigits } from "@/lib/policy/money";

/**
 * Four-eyes thresholds: a direct refund above its currency's threshold waits
 * for a manager. The default is 100.00 in the order's currency (100 major
 * units at the currency's exponent: 10000 USD cents, 100 JPY); managers set
 * other figures per currency.
 */
export const fourEyesSettingsSchema = z.object({
  /** Minor units per ISO currency code. */
  perCurrency: z.record(z.string().regex(/^[A-Z]{3}$/), z.int().min(0).max(1e15)).default({}),
});
export type FourEyesSettings = z.output<typeof fourEyesSettingsSchema>;
export const DEFAULT_FOUR_EYES: FourEyesSettings = { perCurrency: {} };
export const DEFAULT_THRESHOLD_MAJOR = 100;

export function approvalThresholdMinor(currency: string, settings: FourEyesSettings): number {
  return settings.perCurrency[currency] ?? DEFAULT_THRESHOLD_MAJOR * 10 ** minorDigits(currency);
}

export type ApprovalNeed = {
  stage: "before_credit" | "before_send";
  reasons: string[];
} | null;

/**
 * Whether a payout waits for a manager, and when (money-spec.md):
 * - an override that pays more than the policy's figure waits before anything
 *   is booked (the extra money must not reach the balance unapproved);
 * - a direct refund above the threshold waits between step 1 (credit the
 *   balance) and step 2 (pay out).
 */
export function approvalNeed(p: {
  destination: "balance" | "direct";
  amountMinor: number;
  currency: string;
  /** The policy's payable figure; 0 when the policy does not pay (deny, manual review, …). */
  policyAmountMinor: number;
  thresholdMinor: number;
  format: (minor: number) => string;
}): ApprovalNeed {
  const reasons: string[] = [];
  const abovePolicy = p.amountMinor > p.policyAmountMinor;
  if (abovePolicy)
    reasons.push(
      `pays ${p.format(p.amountMinor)}, more than the policy's ${p.format(p.policyAmountMinor)}`,
    );
  if (p.destination === "direct" && p.amountMinor > p.thresholdMinor)
    reasons.push(`direct refund above the ${p.format(p.thresholdMinor)} four-eyes threshold`);
  if (reasons.length === 0) return null;
  return { stage: abovePolicy ? "before_credit" : "before_send", reasons };
}
