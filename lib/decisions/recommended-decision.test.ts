import { describe, expect, it } from "vitest";
import { deviations, noteRequired, recommendedKind } from "./recommended-decision";

describe("override detection", () => {
  const rec = { outcome: "approve" as const, amountMinor: 1000, destination: "balance" as const };

  it("following the recommendation is not an override", () => {
    expect(deviations(rec, { kind: "approve", amountMinor: 1000, destination: "balance" })).toEqual(
      [],
    );
  });

  it("another outcome, amount or destination is an override, each named", () => {
    expect(deviations(rec, { kind: "deny", amountMinor: null, destination: null })).toEqual([
      "outcome deny instead of approve",
    ]);
    expect(deviations(rec, { kind: "approve", amountMinor: 900, destination: "balance" })).toEqual([
      "amount 900 instead of 1000",
    ]);
    expect(deviations(rec, { kind: "approve", amountMinor: 1000, destination: "direct" })).toEqual([
      "destination direct instead of balance",
    ]);
  });

  it("a manual-review case has no recommendation to deviate from", () => {
    expect(recommendedKind("manual_review")).toBeNull();
    expect(
      deviations(
        { outcome: "manual_review", amountMinor: null, destination: null },
        { kind: "approve", amountMinor: 5, destination: "balance" },
      ),
    ).toEqual([]);
  });

  it("needs_info recommends asking for information", () => {
    expect(recommendedKind("needs_info")).toBe("request_info");
  });

  it("asking for missing items is never an override, whatever the recommendation", () => {
    const incomplete = { ...rec, outcome: "approve" as const, missing: ["paymentDetails"] };
    expect(
      deviations(incomplete, { kind: "request_info", amountMinor: null, destination: null }),
    ).toEqual([]);
    expect(deviations(rec, { kind: "request_info", amountMinor: null, destination: null })).toEqual(
      ["outcome request_info instead of approve"],
    );
  });

  it("a note is needed only when there is no recommendation to follow", () => {
    expect(noteRequired({ outcome: "approve" }, [])).toBe(false);
    expect(noteRequired({ outcome: "manual_review" }, [])).toBe(true);
    expect(noteRequired({ outcome: null }, [])).toBe(true);
  });
});
