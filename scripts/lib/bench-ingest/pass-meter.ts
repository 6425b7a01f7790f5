import { performance } from "node:perf_hooks";

const WINDOW = 1000;
const SAMPLE_EVERY = 100;

export const MB = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;

export type Window = {
  upTo: number;
  emailsPerSec: number;
  rssMb: number;
  heapUsedMb: number;
  peakRssMb: number;
  peakHeapMb: number;
};

export type PassMemory = {
  baselineRssMb: number;
  baselineHeapMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  checkpoints: Record<string, { peakRssMb: number; peakHeapMb: number }>;
  heapGrowthFirstToLastWindowMb: number;
};

/**
 * Counts one pass's outcomes as emails complete, with the rate per 1 000-email
 * window (printed as it closes) and RSS / heap sampled every 100 emails.
 * Create it before the measurement (it collects garbage and takes the memory
 * baseline); `begin()` starts the clock of the first window and returns it.
 */
export function startPassMeter(total: number) {
  global.gc?.();
  const base = process.memoryUsage();
  const outcomes: Record<string, number> = {};
  const windows: Window[] = [];
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let winPeakRss = 0;
  let winPeakHeap = 0;
  const checkpoints: Record<string, { peakRssMb: number; peakHeapMb: number }> = {};
  let winStart = 0;
  let done = 0;
  const completed = (kind: string) => {
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    const n = ++done;
    if (n % SAMPLE_EVERY === 0 || n === total) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      winPeakRss = Math.max(winPeakRss, m.rss);
      winPeakHeap = Math.max(winPeakHeap, m.heapUsed);
      if (n === 1000 || n === 5000 || n === 10_000 || n === total)
        checkpoints[String(n)] = { peakRssMb: MB(peakRss), peakHeapMb: MB(peakHeap) };
    }
    if (n % WINDOW === 0 || n === total) {
      const now = performance.now();
      const size = n % WINDOW === 0 ? WINDOW : n % WINDOW;
      const m = process.memoryUsage();
      const w = {
        upTo: n,
        emailsPerSec: Math.round((size / (now - winStart)) * 1000 * 10) / 10,
        rssMb: MB(m.rss),
        heapUsedMb: MB(m.heapUsed),
        peakRssMb: MB(winPeakRss),
        peakHeapMb: MB(winPeakHeap),
      };
      windows.push(w);
      console.log(
        `  ${String(n).padStart(6)} emails  ${String(w.emailsPerSec).padStart(7)} emails/s  rss ${w.rssMb} MB (window peak ${w.peakRssMb})  heap ${w.heapUsedMb} MB (window peak ${w.peakHeapMb})`,
      );
      winStart = now;
      winPeakRss = 0;
      winPeakHeap = 0;
    }
  };
  const memory = (): PassMemory => {
    const firstW = windows[0];
    const lastW = windows[windows.length - 1];
    return {
      baselineRssMb: MB(base.rss),
      baselineHeapMb: MB(base.heapUsed),
      peakRssMb: MB(peakRss),
      peakHeapMb: MB(peakHeap),
      checkpoints,
      heapGrowthFirstToLastWindowMb:
        firstW && lastW ? Math.round((lastW.heapUsedMb - firstW.heapUsedMb) * 10) / 10 : 0,
    };
  };
  const begin = () => (winStart = performance.now());
  return { begin, completed, outcomes, windows, memory };
}
