import { describe, expect, it } from "vitest";
import { extractAmount } from "./extract-amount";
import { parseAmountMinor } from "./parse-money";

const amount = (text: string, defaultCurrency?: string) =>
  extractAmount(text, { defaultCurrency }).value;

describe("extractAmount", () => {
  it.each([
    ["$12.50", 1250, "USD"],
    ["12,50 €", 1250, "EUR"],
    ["1 200 руб.", 120000, "RUB"],
    ["USD 30", 3000, "USD"],
    ["30 dollars", 3000, "USD"],
    ["€9.99", 999, "EUR"],
    ["RUB 500", 50000, "RUB"],
    ["500 рублей", 50000, "RUB"],
    ["£5", 500, "GBP"],
    ["1,200.50 USD", 120050, "USD"],
    ["1.200,50 €", 120050, "EUR"],
    ["990 ₽", 99000, "RUB"],
  ])("reads %s", (text, amountMinor, currency) => {
    expect(amount(`Please refund ${text} to me`)).toEqual({ amountMinor, currency });
  });

  it("ignores order numbers, phones and dates", () => {
    expect(amount("Order ORD-123456 from 12.05.2026, phone +44 7911 123456")).toBeNull();
    expect(amount("order 123456 on 12.05.2026 — 500 руб")).toEqual({
      amountMinor: 50000,
      currency: "RUB",
    });
  });

  it("prefers the amount asked back over other figures", () => {
    expect(amount("I topped up 5000 руб. by mistake. Верните 4 500 руб.")).toEqual({
      amountMinor: 450000,
      currency: "RUB",
    });
  });

  it("takes a bare number next to a refund word only with a default currency", () => {
    expect(amount("please refund 30")).toBeNull();
    expect(amount("please refund 30", "EUR")).toEqual({ amountMinor: 3000, currency: "EUR" });
  });

  it.each<[string, number, string]>([
    ["It was eleven pounds.", 1100, "GBP"],
    ["thirty-six pounds for the quarter", 3600, "GBP"],
    ["nine pounds ninety-nine was taken", 999, "GBP"],
    ["two hundred and five dollars", 20500, "USD"],
    ["I put 60 quid on your site", 6000, "GBP"],
    ["I paid 45 Australian dollars", 4500, "AUD"],
    ["вернуть 2 015 (две тысячи пятнадцать) рублей", 201500, "RUB"],
  ])("reads %s", (text, minor, currency) => {
    expect(amount(text)).toEqual({ amountMinor: minor, currency });
  });

  it("parses digit strings without floating point", () => {
    expect(parseAmountMinor("0.1", "USD")).toBe(10);
    expect(parseAmountMinor("19.99", "USD")).toBe(1999);
    expect(parseAmountMinor("1 000 000", "RUB")).toBe(100000000);
    expect(parseAmountMinor("500", "JPY")).toBe(500);
    expect(parseAmountMinor("12.3.4", "USD")).toBeNull();
  });
});
