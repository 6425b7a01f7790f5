import { describe, expect, it } from "vitest";
import { formatMinor, isIsoCurrency, minorDigits, proRataMinor } from "./money";

describe("proRataMinor", () => {
  it("rounds halves up and everything else to the nearest unit", () => {
    expect(proRataMinor(1001, 2, 4)).toBe(501); // 500.5
    expect(proRataMinor(1, 1, 2)).toBe(1); // 0.5
    expect(proRataMinor(3, 1, 2)).toBe(2); // 1.5
    expect(proRataMinor(1001, 172_799_999, 345_600_000)).toBe(500); // 500.49999…
    expect(proRataMinor(10, 1, 3)).toBe(3); // 3.33…
    expect(proRataMinor(20, 1, 3)).toBe(7); // 6.66…
  });

  it("is exact where floats are not: a 1e15 amount times a 30-day fraction", () => {
    const paid = 999_999_999_999_999;
    const whole = 2_592_000_000;
    // 999 999 999 999 999 × 1 296 000 001 ÷ 2 592 000 000 = 500 000 000 385 802.08… → …802
    expect(proRataMinor(paid, 1_296_000_001, whole)).toBe(500_000_000_385_802);
  });

  it("clamps the part to [0, whole]: never negative, never above the paid amount", () => {
    expect(proRataMinor(3000, -5, 100)).toBe(0);
    expect(proRataMinor(3000, 500, 100)).toBe(3000);
    expect(proRataMinor(0, 50, 100)).toBe(0);
  });

  it("refuses a non-positive whole and non-integer inputs", () => {
    expect(() => proRataMinor(100, 0, 0)).toThrow(RangeError);
    expect(() => proRataMinor(1.5, 1, 2)).toThrow(RangeError);
    expect(() => proRataMinor(-1, 1, 2)).toThrow(RangeError);
    expect(() => proRataMinor(1, 0.5, 2)).toThrow(RangeError);
  });
});

describe("formatMinor", () => {
  it("uses the currency's minor digits", () => {
    expect(minorDigits("EUR")).toBe(2);
    expect(minorDigits("JPY")).toBe(0);
    expect(minorDigits("BHD")).toBe(3);
    expect(formatMinor(1234, "EUR")).toBe("12.34 EUR");
    expect(formatMinor(5, "EUR")).toBe("0.05 EUR");
    expect(formatMinor(0, "USD")).toBe("0.00 USD");
    expect(formatMinor(1234, "JPY")).toBe("1234 JPY");
    expect(formatMinor(1234, "BHD")).toBe("1.234 BHD");
    expect(formatMinor(-250, "EUR")).toBe("-2.50 EUR");
  });
});

describe("isIsoCurrency", () => {
  it("knows ISO 4217 codes and nothing else", () => {
    for (const code of ["USD", "EUR", "JPY", "RUB", "BHD"]) expect(isIsoCurrency(code)).toBe(true);
    for (const code of ["XYZ", "usd", "USDT", "", "US"]) expect(isIsoCurrency(code)).toBe(false);
  });
});
