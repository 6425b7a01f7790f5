/**
 * Wall-clock time in an IANA time zone, with Intl.DateTimeFormat only (no
 * date library). Instants are epoch milliseconds.
 */

/** A local calendar date and time of day in some time zone. */
export interface WallTime {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** Milliseconds since local midnight. */
  timeMs: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time an instant shows in `timeZone`. */
export function toWallTime(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const ms = ((instant % 1000) + 1000) % 1000;
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    timeMs: (((parts.hour ?? 0) * 60 + (parts.minute ?? 0)) * 60 + (parts.second ?? 0)) * 1000 + ms,
  };
}

/** The wall time read as if it were UTC: a plain number to compare and shift. */
function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day) + wall.timeMs;
}

function offsetAt(instant: number, timeZone: string): number {
  return wallAsUtc(toWallTime(instant, timeZone)) - instant;
}

/**
 * The instant showing `wall` in `timeZone`. Like Temporal's "compatible"
 * disambiguation: an ambiguous time (clocks going back) takes the earlier
 * instant; a skipped time (clocks going forward) moves forward by the gap,
 * so 02:30 on a spring-forward night becomes 03:30.
 */
export function fromWallTime(wall: WallTime, timeZone: string): number {
  const local = wallAsUtc(wall);
  const before = local - offsetAt(local - DAY_MS, timeZone);
  const after = local - offsetAt(local + DAY_MS, timeZone);
  const fits = (instant: number) => wallAsUtc(toWallTime(instant, timeZone)) === local;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(before)) return before;
  if (fits(after)) return after;
  return before;
}

/** A local date as `YYYY-MM-DD`. */
export function formatDate(wall: Pick<WallTime, "year" | "month" | "day">): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(wall.year, 4)}-${pad(wall.month, 2)}-${pad(wall.day, 2)}`;
}

/** `YYYY-MM-DD HH:mm` in the time zone, for sentences a reviewer reads aloud. */
export function formatWallTime(instant: number, timeZone: string): string {
  const wall = toWallTime(instant, timeZone);
  const minutes = Math.floor(wall.timeMs / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${formatDate(wall)} ${hh}:${mm} (${timeZone})`;
}

/** The local date `days` after the given one (calendar arithmetic, no zone). */
export function shiftDate(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    timeMs: wall.timeMs,
  };
}

/** 0 = Sunday … 6 = Saturday, for a local date. */
export function dayOfWeek(wall: WallTime): number {
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
