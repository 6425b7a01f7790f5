import { describe, expect, it } from "vitest";
import { formatMoney } from "./format-money";

describe("formatMoney", () => {
  it("writes symbol, grouped digits in the currency's exponent and the code", () => {
    expect(formatMoney(123450, "USD")).toBe("$1,234.50 USD");
    expect(formatMoney(5, "EUR")).toBe("€0.05 EUR");
    expect(formatMoney(450000, "RUB")).toBe("₽4,500.00 RUB");
    expect(formatMoney(1200, "JPY")).toBe("¥1,200 JPY");
  });

  it("signs money going out with a real minus, and in with a plus when asked", () => {
    expect(formatMoney(-300, "GBP")).toBe("−£3.00 GBP");
    expect(formatMoney(300, "GBP", { signed: true })).toBe("+£3.00 GBP");
  });

  it("stays exact beyond what a float holds in cents", () => {
    expect(formatMoney(900_719_925_474_099, "USD")).toBe("$9,007,199,254,740.99 USD");
  });
});
