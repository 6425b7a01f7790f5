import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/policy";
import { buildCase } from "@/lib/policy/fixtures/build-case";
import { diffSnapshots, snapshotOf, type ReplaySnapshot } from "./diff-snapshots";

const base: ReplaySnapshot = {
  outcome: "approve",
  amountMinor: 300,
  currency: "USD",
  destination: "balance",
  clauses: ["VN-BAL-OUTAGE-24H", "PAY-BALANCE"],
  reviewBy: "2026-12-02T10:00:00.000Z",
  payoutBy: "2026-12-07T10:00:00.000Z",
};

describe("replay preview: the pure diff of two evaluations of one request", () => {
  it("an identical snapshot has no change", () => {
    expect(diffSnapshots(base, { ...base })).toEqual([]);
  });

  it("the same instant written by PostgreSQL (+00:00) and by JS (Z) is no change", () => {
    expect(diffSnapshots(base, { ...base, reviewBy: "2026-12-02 10:00:00+00:00" })).toEqual([]);
  });

  it("clauses in another order are the same recommendation; another clause is a change, in the engine's order", () => {
    expect(diffSnapshots(base, { ...base, clauses: ["PAY-BALANCE", "VN-BAL-OUTAGE-24H"] })).toEqual(
      [],
    );
    expect(diffSnapshots(base, { ...base, clauses: ["GEN-DENY-CHANGED-MIND"] })).toEqual([
      {
        field: "clauses",
        before: "VN-BAL-OUTAGE-24H PAY-BALANCE",
        after: "GEN-DENY-CHANGED-MIND",
        currency: null,
      },
    ]);
  });

  it("lists every field that moves, before → after, in a fixed order; an amount carries its currency", () => {
    const after: ReplaySnapshot = {
      outcome: "deny",
      amountMinor: null,
      currency: null,
      destination: null,
      clauses: ["GEN-DENY-CHANGED-MIND"],
      reviewBy: "2026-12-03T10:00:00.000Z",
      payoutBy: null,
    };
    expect(diffSnapshots(base, after)).toEqual([
      { field: "outcome", before: "approve", after: "deny", currency: null },
      { field: "amount", before: "300", after: null, currency: "USD" },
      { field: "destination", before: "balance", after: null, currency: null },
      {
        field: "clauses",
        before: "VN-BAL-OUTAGE-24H PAY-BALANCE",
        after: "GEN-DENY-CHANGED-MIND",
        currency: null,
      },
      {
        field: "review_by",
        before: "2026-12-02T10:00:00.000Z",
        after: "2026-12-03T10:00:00.000Z",
        currency: null,
      },
      { field: "payout_by", before: "2026-12-07T10:00:00.000Z", after: null, currency: null },
    ]);
  });

  it("a deadline that starts or stops running is a change (null on one side)", () => {
    expect(diffSnapshots({ ...base, reviewBy: null }, base)).toEqual([
      { field: "review_by", before: null, after: base.reviewBy, currency: null },
    ]);
  });

  it("a holiday moves the deadlines of two real evaluations and nothing else", () => {
    // Received Tuesday 2026-03-10 09:00Z, evaluated at 12:00Z; Wednesday becomes a holiday.
    const c = buildCase();
    const saved = evaluate(c, { timeZone: "UTC", weekendDays: [6, 0], holidays: [] });
    const edited = evaluate(c, { timeZone: "UTC", weekendDays: [6, 0], holidays: ["2026-03-11"] });
    const changes = diffSnapshots(snapshotOf(saved), snapshotOf(edited));
    expect(changes.find((x) => x.field === "review_by")).toEqual({
      field: "review_by",
      before: "2026-03-12T09:00:00.000Z",
      after: "2026-03-13T09:00:00.000Z",
      currency: null,
    });
    expect(changes.every((x) => x.field === "review_by" || x.field === "payout_by")).toBe(true);
  });
});
