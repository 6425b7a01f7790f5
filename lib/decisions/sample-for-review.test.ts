import { describe, expect, it } from "vitest";
import { sampleForReview } from "./sample-for-review";

const ids = Array.from({ length: 30 }, (_, i) => `r${i}`);

describe("sampleForReview", () => {
  it("sets aside the rounded-up share, each id at most once, only ids of the batch", () => {
    const s = sampleForReview(ids, 10);
    expect(s.size).toBe(3);
    for (const id of s) expect(ids).toContain(id);
    expect(sampleForReview(ids.slice(0, 1), 5).size).toBe(1);
    expect(sampleForReview(ids, 0).size).toBe(0);
    expect(sampleForReview(ids, 100)).toEqual(new Set(ids));
  });

  it("draws from the whole batch, not its head", () => {
    const last = (below: number) => below - 1;
    expect(sampleForReview(ids, 10, last).has("r29")).toBe(true);
  });
});
