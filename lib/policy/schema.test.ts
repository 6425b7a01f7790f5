import { describe, expect, it } from "vitest";
import { buildCase } from "./fixtures/build-case";
import { formatIssuePath, parsePolicyCase, policyCaseSchema } from "./schema";

describe("policyCaseSchema", () => {
  it("accepts the builder's default case and instants with offsets", () => {
    expect(policyCaseSchema.safeParse(buildCase()).success).toBe(true);
    expect(
      policyCaseSchema.safeParse(buildCase({ now: "2026-03-10T15:00:00.000+03:00" })).success,
    ).toBe(true);
  });

  it("rejects dates without time, fractional money, lower-case currencies and unknown claims", () => {
    const issues = (input: unknown) => {
      const parsed = parsePolicyCase(input);
      return parsed.ok ? [] : parsed.issues.map((i) => i.path);
    };
    expect(issues(buildCase({ now: "2026-03-10" }))).toEqual(["now"]);
    expect(issues(buildCase({ order: { paidMinor: 10.5 } }))).toEqual(["order.paidMinor"]);
    expect(issues(buildCase({ order: { paidMinor: -1 } }))).toEqual(["order.paidMinor"]);
    expect(issues(buildCase({ request: { currency: "eur" } }))).toEqual(["request.currency"]);
    expect(issues(buildCase({ request: { amountRequestedMinor: -5 } }))).toEqual([
      "request.amountRequestedMinor",
    ]);
    expect(issues({ ...buildCase(), request: { ...buildCase().request, claim: "x" } })).toEqual([
      "request.claim",
    ]);
    expect(issues(buildCase({ calendar: { timeZone: "Nowhere/Town" } }))).toEqual([
      "calendar.timeZone",
    ]);
  });

  it("keeps completedAt optional and the order nullable", () => {
    const parsed = parsePolicyCase(buildCase({ order: null }));
    expect(parsed.ok && parsed.data.order).toBe(null);
    expect(parsed.ok && parsed.data.request.completedAt).toBe(undefined);
  });
});

describe("formatIssuePath", () => {
  it("renders keys and indexes", () => {
    expect(formatIssuePath(["order", "outages", 2, "cause"])).toBe("order.outages[2].cause");
    expect(formatIssuePath(["now"], "cases[3]")).toBe("cases[3].now");
    expect(formatIssuePath([])).toBe("(root)");
    expect(formatIssuePath([], "cases[0]")).toBe("cases[0]");
  });
});
