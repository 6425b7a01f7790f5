import { describe, expect, it } from "vitest";
import { approvalNeed, approvalThresholdMinor, DEFAULT_FOUR_EYES } from "./four-eyes";

const format = (m: number) => String(m);

describe("four-eyes", () => {
  it("defaults to 100.00 in the currency's own exponent", () => {
    expect(approvalThresholdMinor("USD", DEFAULT_FOUR_EYES)).toBe(10_000);
    expect(approvalThresholdMinor("JPY", DEFAULT_FOUR_EYES)).toBe(100);
    expect(approvalThresholdMinor("RUB", { perCurrency: { RUB: 500_000 } })).toBe(500_000);
  });

  it("a direct refund above the threshold waits between step 1 and step 2", () => {
    expect(
      approvalNeed({
        destination: "direct",
        amountMinor: 10_001,
        currency: "USD",
        policyAmountMinor: 10_001,
        thresholdMinor: 10_000,
        format,
      }),
    ).toMatchObject({ stage: "before_send" });
    expect(
      approvalNeed({
        destination: "direct",
        amountMinor: 10_000,
        currency: "USD",
        policyAmountMinor: 10_000,
        thresholdMinor: 10_000,
        format,
      }),
    ).toBeNull();
    expect(
      approvalNeed({
        destination: "balance",
        amountMinor: 90_000,
        currency: "USD",
        policyAmountMinor: 90_000,
        thresholdMinor: 10_000,
        format,
      }),
    ).toBeNull();
  });

  it("an override paying above the policy waits before anything is booked, with every reason", () => {
    const need = approvalNeed({
      destination: "direct",
      amountMinor: 20_000,
      currency: "USD",
      policyAmountMinor: 300,
      thresholdMinor: 10_000,
      format,
    });
    expect(need?.stage).toBe("before_credit");
    expect(need?.reasons).toHaveLength(2);
    expect(
      approvalNeed({
        destination: "balance",
        amountMinor: 1,
        currency: "USD",
        policyAmountMinor: 0,
        thresholdMinor: 10_000,
        format,
      })?.stage,
    ).toBe("before_credit");
  });
});
