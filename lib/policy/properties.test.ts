import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, DEFAULT_CALENDAR, isWorkingDay, type Calendar } from "./calendar";
import { deadlinesUnder } from "./deadlines";
import { evaluate } from "./evaluate";
import { arbitraryCompleteCase, arbitraryPolicyCase } from "./fixtures/arbitrary-case";
import type { PolicyCase } from "./schema";

const RUNS = { numRuns: 400 };
const NO_AMOUNT = new Set(["deny", "needs_info", "wait", "already_refunded", "manual_review"]);

describe("evaluate: properties", () => {
  it("another calendar moves only the deadlines (what deadlinesUnder computes), never the recommendation", () => {
    const other: Calendar = {
      timeZone: "Asia/Tokyo",
      weekendDays: [5, 6],
      holidays: ["2026-03-11", "2026-03-12", "2026-03-16"],
    };
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const saved = evaluate(policyCase);
        const edited = evaluate(policyCase, other);
        const rest = (r: typeof saved) => ({
          ...r,
          deadlines: null,
          considered: null,
          explanation: null,
          calendar: null,
        });
        expect(rest(edited)).toEqual(rest(saved));
        expect(deadlinesUnder(saved, policyCase, other)).toEqual(edited.deadlines);
      }),
      RUNS,
    );
  });

  it("never pays a negative amount nor more than was paid", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const { amountMinor } = evaluate(policyCase);
        if (amountMinor === null) return;
        expect(Number.isSafeInteger(amountMinor)).toBe(true);
        expect(amountMinor).toBeGreaterThan(0);
        expect(amountMinor).toBeLessThanOrEqual(policyCase.order?.paidMinor ?? -1);
      }),
      RUNS,
    );
  });

  it("is deterministic: the same case gives a deep-equal result", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        expect(evaluate(structuredClone(policyCase))).toEqual(evaluate(policyCase));
      }),
      RUNS,
    );
  });

  it("carries an amount and a destination exactly when the outcome pays", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const result = evaluate(policyCase);
        if (NO_AMOUNT.has(result.outcome)) {
          expect(result.amountMinor).toBeNull();
          expect(result.destination).toBeNull();
          expect(result.deadlines.payoutBy).toBeNull();
        } else {
          expect(result.amountMinor).not.toBeNull();
          expect(result.destination).not.toBeNull();
          expect(result.deadlines.payoutBy).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it("approves when the amount covers what was asked, else partial", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const result = evaluate(policyCase);
        const asked = policyCase.request.amountRequestedMinor;
        if (result.outcome === "approve")
          expect(asked === null || (result.amountMinor ?? -1) >= asked).toBe(true);
        if (result.outcome === "partial")
          expect(result.amountMinor ?? Infinity).toBeLessThan(asked ?? -1);
      }),
      RUNS,
    );
  });

  it("pays directly only on a personal request, on a VN-DIRECT-* clause, never for a disposable number", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const result = evaluate(policyCase);
        if (result.destination === "direct") {
          expect(policyCase.request.directRequested).toBe(true);
          expect(result.clauses[0]).toMatch(/^VN-DIRECT-/);
          expect(result.clauses).toContain("PAY-DIRECT-PERSONAL-REQUEST");
          expect(policyCase.order?.kind).not.toBe("disposable_number");
        }
        if (result.alternativeRefundRequired) {
          expect(result.destination).toBe("direct");
          expect(result.clauses).toContain("PAY-NO-REFUND-METHOD");
        }
      }),
      RUNS,
    );
  });

  it("asks for information exactly when an item is missing, and only then leaves reviewBy empty", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const result = evaluate(policyCase);
        const incomplete = Object.values(policyCase.request.provided).includes(false);
        expect(result.outcome === "needs_info").toBe(incomplete);
        expect(result.missing.length > 0).toBe(incomplete);
        // Complete, a provisional result is only the denial held back for want of an order.
        if (incomplete) expect(result.provisional).not.toBeNull();
        else if (result.provisional !== null) {
          expect(policyCase.order).toBeNull();
          expect(result).toMatchObject({
            outcome: "manual_review",
            provisional: { outcome: "deny" },
          });
        }
        expect(result.deadlines.reviewBy === null).toBe(incomplete);
        if (result.deadlines.reviewBy) {
          const completedAt = policyCase.request.completedAt ?? policyCase.request.receivedAt;
          expect(Date.parse(result.deadlines.reviewBy)).toBeGreaterThan(Date.parse(completedAt));
        }
        if (result.deadlines.payoutBy)
          expect(Date.parse(result.deadlines.payoutBy)).toBeGreaterThan(Date.parse(policyCase.now));
      }),
      RUNS,
    );
  });

  it("without a matched order only the gate and VN-DENY-FRAUD decide; otherwise manual review", () => {
    fc.assert(
      fc.property(arbitraryPolicyCase, (policyCase) => {
        const result = evaluate({ ...policyCase, order: null });
        const fraud = policyCase.account.fraud || policyCase.account.complaint;
        const expected = Object.values(policyCase.request.provided).includes(false)
          ? "needs_info"
          : fraud
            ? "deny"
            : "manual_review";
        expect(result.outcome).toBe(expected);
        if (result.outcome === "deny") expect(result.clauses).toEqual(["VN-DENY-FRAUD"]);
      }),
      RUNS,
    );
  });

  const bars: [string, (c: PolicyCase) => PolicyCase | null][] = [
    ["fraud", (c) => ({ ...c, account: { ...c.account, fraud: true } })],
    ["complaint", (c) => ({ ...c, account: { ...c.account, complaint: true } })],
    [
      "KYC refused",
      (c) =>
        c.order
          ? {
              ...c,
              account: { ...c.account, kyc: "refused" },
              order: { ...c.order, kycRequired: true },
            }
          : null,
    ],
    [
      "restrictions ignored",
      (c) => (c.order ? { ...c, order: { ...c.order, restrictionsIgnored: true } } : null),
    ],
  ];
  it.each(bars)("adding a bar (%s) to any complete case makes it deny", (_name, addBar) => {
    fc.assert(
      fc.property(arbitraryCompleteCase, (policyCase) => {
        const barred = addBar(policyCase);
        if (!barred) return;
        const result = evaluate(barred);
        expect(result.outcome).toBe("deny");
        expect(result.clauses[0]).toMatch(/^VN-DENY-(FRAUD|KYC-REFUSED|RESTRICTIONS-IGNORED)$/);
        expect(result.amountMinor).toBeNull();
      }),
      RUNS,
    );
  });
});

describe("addWorkingDays: properties", () => {
  const calendars: Calendar[] = [
    DEFAULT_CALENDAR,
    { timeZone: "America/New_York", weekendDays: [6, 0], holidays: ["2026-03-09", "2026-11-02"] },
    { timeZone: "Asia/Kolkata", weekendDays: [0], holidays: [] },
  ];
  it("lands on a working day, later than the start, and later for more days", () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse("2026-01-01T00:00:00Z"),
          max: Date.parse("2026-12-31T00:00:00Z"),
        }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(...calendars),
        (instant, days, calendar) => {
          const result = addWorkingDays(instant, days, calendar);
          expect(isWorkingDay(result, calendar)).toBe(true);
          expect(result).toBeGreaterThan(instant);
          expect(addWorkingDays(instant, days + 1, calendar)).toBeGreaterThan(result);
        },
      ),
      RUNS,
    );
  });
});
