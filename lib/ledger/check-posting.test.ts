import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { account } from "./account-ref";
import { checkPosting, mergeLines, transfer } from "./check-posting";

describe("checkPosting", () => {
  it("accepts a balanced transfer", () => {
    expect(
      checkPosting(
        "payout:abc:credit",
        "USD",
        transfer(account.expense(), account.customer("c1"), 300),
      ),
    ).toEqual([]);
  });

  it("names every problem of a broken posting", () => {
    const problems = checkPosting("bad key", "usd", [
      { account: account.expense(), amountMinor: 300 },
      { account: account.customer("c1"), amountMinor: 0 },
      { account: account.recovery(), amountMinor: 1.5 },
    ]);
    expect(problems.map((p) => p.code).sort()).toEqual(
      ["bad_currency", "bad_key", "not_integer", "unbalanced", "zero_line"].sort(),
    );
  });

  it("refuses a single line", () => {
    expect(
      checkPosting("k:1", "EUR", [{ account: account.expense(), amountMinor: 1 }]),
    ).toContainEqual({
      code: "too_few_lines",
      count: 1,
    });
  });

  it("every transfer of a positive amount balances, and merging keeps the sum", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const lines = transfer(account.clearing("sandbox"), account.customer("c"), amount);
        expect(checkPosting("payout:x:fail:1", "GBP", lines)).toEqual([]);
        const merged = mergeLines([...lines, ...lines], "GBP");
        expect(merged.reduce((s, l) => s + l.amountMinor, 0)).toBe(0);
      }),
    );
  });

  it("merging lines on one account drops what cancels out", () => {
    const lines = [
      ...transfer(account.expense(), account.customer("c"), 5),
      ...transfer(account.customer("c"), account.expense(), 5),
    ];
    expect(mergeLines(lines, "USD")).toEqual([]);
  });
});
