import { describe, expect, it } from "vitest";
import { CLAUSE_IDS } from "./clauses";
import { evaluate } from "./evaluate";
import { POLICY_CASES } from "./fixtures/cases";
import { buildCase } from "./fixtures/build-case";
import { ENGINE_VERSION } from "./types";

describe("evaluate: fixture table", () => {
  it("has at least 60 cases with unique names", () => {
    expect(POLICY_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(POLICY_CASES.map((c) => c.name)).size).toBe(POLICY_CASES.length);
  });

  it("cites every clause id at least once across the table (deadlines via considered)", () => {
    const cited = new Set<string>();
    for (const { input } of POLICY_CASES) {
      const result = evaluate(input);
      result.clauses.forEach((id) => cited.add(id));
      result.provisional?.clauses.forEach((id) => cited.add(id));
      result.considered.filter((c) => c.matched).forEach((c) => cited.add(c.id));
    }
    expect([...CLAUSE_IDS].filter((id) => !cited.has(id))).toEqual([]);
  });

  it.each(POLICY_CASES.map((c) => [c.name, c] as const))("%s", (_name, { input, expected }) => {
    const result = evaluate(input);
    expect(result.outcome).toBe(expected.outcome);
    expect(result.amountMinor).toBe(expected.amountMinor ?? null);
    expect(result.destination).toBe(expected.destination ?? null);
    expect(result.clauses).toEqual(expected.clauses);
    expect(result.missing).toEqual(expected.missing ?? []);
    expect(result.alternativeRefundRequired).toBe(expected.alternativeRefundRequired ?? false);
    expect(result.flags).toEqual(expected.flags ?? []);
    if (expected.deadlines) expect(result.deadlines).toMatchObject(expected.deadlines);
    expect(result.provisional).toEqual(expected.provisional ?? null);
    if (expected.contradiction)
      expect(result.contradictions.join(" | ")).toContain(expected.contradiction);
    else expect(result.contradictions).toEqual([]);

    // Invariants every result keeps.
    expect(result.engineVersion).toBe(ENGINE_VERSION);
    expect(result.considered.map((c) => c.id)).toEqual([...CLAUSE_IDS]);
    for (const id of result.clauses)
      expect(result.considered.find((c) => c.id === id)?.matched, id).toBe(true);
    expect(result.explanation.length).toBeGreaterThan(0);
    if (result.outcome === "wait") expect(result.deadlines.waitUntil).not.toBeNull();
    else expect(result.deadlines.waitUntil).toBeNull();
    expect(result.deadlines.payoutBy === null).toBe(result.amountMinor === null);
  });
});

describe("evaluate: calendar and output details", () => {
  it("echoes the calendar it used, the argument winning over the case's own", () => {
    const input = buildCase({ calendar: { timeZone: "Europe/Moscow" } });
    expect(evaluate(input).calendar).toEqual({
      timeZone: "Europe/Moscow",
      weekendDays: [6, 0],
      holidays: [],
    });
    expect(evaluate(input, { timeZone: "Asia/Dubai", weekendDays: [5, 6] }).calendar).toEqual({
      timeZone: "Asia/Dubai",
      weekendDays: [5, 6],
      holidays: [],
    });
    expect(evaluate(buildCase()).calendar).toEqual({
      timeZone: "UTC",
      weekendDays: [6, 0],
      holidays: [],
    });
  });

  it("uses the calendar argument for deadlines (Friday–Saturday weekend)", () => {
    // Tuesday 09:00 + 2 working days with Thursday a holiday and Fri/Sat weekend → Sunday 09:00.
    const result = evaluate(buildCase(), { weekendDays: [5, 6], holidays: ["2026-03-12"] });
    expect(result.deadlines.reviewBy).toBe("2026-03-15T09:00:00.000Z");
  });

  it("explains an approval with the amount, the clause and the payout date", () => {
    const result = evaluate(
      buildCase({
        request: { amountRequestedMinor: 3000 },
        order: { status: "blocked_by_operator", statusAt: "2026-03-10T00:00:00Z" },
      }),
    );
    expect(result.outcome).toBe("partial");
    expect(result.explanation[0]).toBe(
      "We will refund 21.00 EUR to the balance of your personal account.",
    );
    expect(result.explanation[1]).toBe(
      "You asked for 30.00 EUR; under our refund policy the amount due is 21.00 EUR.",
    );
    expect(result.explanation.some((line) => line.endsWith("(VN-BAL-OPERATOR-BLOCK)."))).toBe(true);
    expect(result.explanation).toContain(
      "The refund will be credited to your balance by 2026-03-17 12:00 (UTC) (SLA-BALANCE-5WD).",
    );
    expect(result.explanation.at(-1)).toBe(
      "We review refund requests within 2 working days: by 2026-03-12 09:00 (UTC) (SLA-REVIEW-2WD).",
    );
  });

  it("explains needs_info by naming each missing item", () => {
    const result = evaluate(
      buildCase({ request: { provided: { serviceName: false, paymentDetails: false } } }),
    );
    expect(result.explanation).toEqual([
      "We need more information before we can review your refund request: the name of the service and bank requisites or other payment method details.",
      "Without this information, the refund request will not be reviewed (REQ-INCOMPLETE).",
    ]);
  });

  it("explains a manual review with the contradiction", () => {
    const result = evaluate(buildCase({ request: { currency: "USD" } }));
    expect(result.explanation).toContain(
      "Our records disagree: the order was paid in EUR but the request is in USD.",
    );
  });

  it("echoes the order currency", () => {
    expect(
      evaluate(buildCase({ request: { currency: "JPY" }, order: { currency: "JPY" } })).currency,
    ).toBe("JPY");
    expect(
      evaluate(buildCase({ request: { currency: "GBP", claim: "changed_mind" }, order: null }))
        .currency,
    ).toBe("GBP");
  });

  it("throws on a case that fails the schema", () => {
    expect(() => evaluate({ ...buildCase(), now: "yesterday" })).toThrow();
  });
});
