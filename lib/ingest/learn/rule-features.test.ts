import { describe, expect, it } from "vitest";
import { ruleFeatures } from "./rule-features";

describe("ruleFeatures", () => {
  it("says which payment details the body gives and where it asks the money to go", () => {
    expect(ruleFeatures("Please refund it to my card 4111 1111 1111 1111.")).toEqual({
      "@pay": 1,
      "@pay_card": 1,
      "@dest": 1,
    });
    expect(ruleFeatures("Верните, пожалуйста, на баланс.")).toEqual({
      "@pay_none": 1,
      "@to_balance": 1,
    });
  });

  it("reads 'not to my balance' as asking for the money elsewhere, and takes a kind it is given", () => {
    expect(ruleFeatures("Refund me, but not to my balance.", null)).toEqual({
      "@pay_none": 1,
      "@dest": 1,
    });
    expect(ruleFeatures("no details here", "iban")).toEqual({ "@pay": 1, "@pay_iban": 1 });
  });
});
