/**
 * Outage arithmetic for VN-BAL-OUTAGE-24H / VN-DENY-OUTAGE-UNDER-24H.
 * Intervals are half-open [start, end) in epoch milliseconds.
 */

export interface Interval {
  start: number;
  end: number;
}

/** 24 hours; an episode qualifies only when strictly longer (24h + 1 ms). */
export const OUTAGE_THRESHOLD_MS = 24 * 60 * 60 * 1000;

/** Union of the intervals: overlapping or touching ones merge into one episode. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter((i) => i.end >= i.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The part of each interval inside `window`; empty parts are dropped. */
export function clipIntervals(intervals: readonly Interval[], window: Interval): Interval[] {
  return intervals
    .map((i) => ({ start: Math.max(i.start, window.start), end: Math.min(i.end, window.end) }))
    .filter((i) => i.end > i.start);
}

export interface OutageMeasure {
  /** Merged, clipped episodes, earliest first. */
  episodes: Interval[];
  /** Episodes lasting more than 24 hours. */
  qualifying: Interval[];
  /** Total length of the qualifying episodes. */
  qualifyingMs: number;
  /** Length of the longest episode (0 when none). */
  longestMs: number;
}

/**
 * Merges first, then clips to the window (the paid period cut at `now`), so
 * an episode that straddles the period start counts only its inside part.
 */
export function measureOutages(intervals: readonly Interval[], window: Interval): OutageMeasure {
  const episodes =
    window.end > window.start ? clipIntervals(mergeIntervals(intervals), window) : [];
  const lengthOf = (i: Interval) => i.end - i.start;
  const qualifying = episodes.filter((i) => lengthOf(i) > OUTAGE_THRESHOLD_MS);
  return {
    episodes,
    qualifying,
    qualifyingMs: qualifying.reduce((sum, i) => sum + lengthOf(i), 0),
    longestMs: episodes.reduce((max, i) => Math.max(max, lengthOf(i)), 0),
  };
}
