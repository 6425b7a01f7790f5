import { describe, expect, it } from "vitest";
import { clipIntervals, measureOutages, mergeIntervals, OUTAGE_THRESHOLD_MS } from "./outages";

const H = 3_600_000;
const i = (start: number, end: number) => ({ start: start * H, end: end * H });

describe("mergeIntervals", () => {
  it("merges overlapping and touching intervals, keeps gaps", () => {
    expect(mergeIntervals([i(10, 20), i(0, 5), i(5, 8), i(15, 30), i(31, 32)])).toEqual([
      i(0, 8),
      i(10, 30),
      i(31, 32),
    ]);
  });

  it("absorbs contained intervals and does not mutate the input", () => {
    const input = [i(0, 10), i(2, 3)];
    expect(mergeIntervals(input)).toEqual([i(0, 10)]);
    expect(input).toEqual([i(0, 10), i(2, 3)]);
  });

  it("drops inverted intervals", () => {
    expect(mergeIntervals([i(5, 1)])).toEqual([]);
  });
});

describe("clipIntervals", () => {
  it("keeps only the part inside the window and drops empty parts", () => {
    expect(clipIntervals([i(-5, 5), i(8, 12), i(20, 30), i(10, 10)], i(0, 10))).toEqual([
      i(0, 5),
      i(8, 10),
    ]);
  });
});

describe("measureOutages", () => {
  it("qualifies an episode strictly longer than 24 h", () => {
    expect(measureOutages([i(0, 24)], i(0, 100)).qualifying).toEqual([]);
    const justOver = measureOutages([{ start: 0, end: OUTAGE_THRESHOLD_MS + 1 }], i(0, 100));
    expect(justOver.qualifyingMs).toBe(OUTAGE_THRESHOLD_MS + 1);
  });

  it("merges before clipping, so a straddling episode counts only its inside part", () => {
    const measure = measureOutages([i(-20, 0), i(0, 20)], i(0, 100));
    expect(measure.episodes).toEqual([i(0, 20)]);
    expect(measure.qualifyingMs).toBe(0);
    expect(measure.longestMs).toBe(20 * H);
  });

  it("sums only qualifying episodes", () => {
    const measure = measureOutages([i(0, 20), i(30, 60), i(70, 100)], i(0, 90));
    expect(measure.qualifying).toEqual([i(30, 60)]);
    expect(measure.qualifyingMs).toBe(30 * H);
    expect(measure.longestMs).toBe(30 * H);
  });

  it("measures nothing in an empty window", () => {
    expect(measureOutages([i(0, 50)], i(10, 10))).toEqual({
      episodes: [],
      qualifying: [],
      qualifyingMs: 0,
      longestMs: 0,
    });
  });
});
