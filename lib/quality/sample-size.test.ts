import { describe, expect, it } from "vitest";
import { qualityScore, sampleSize } from "./sample-size";

describe("sample size", () => {
  it("5 % of 40 decisions is 2; of 10 it is 1 (rounded up); never more than there are", () => {
    expect(sampleSize(40, 5)).toBe(2);
    expect(sampleSize(10, 5)).toBe(1);
    expect(sampleSize(3, 100)).toBe(3);
    expect(sampleSize(0, 5)).toBe(0);
  });

  it("the score is the agreed share of what was reviewed", () => {
    expect(qualityScore(3, 4)).toBe(0.75);
    expect(qualityScore(0, 0)).toBeNull();
  });
});
