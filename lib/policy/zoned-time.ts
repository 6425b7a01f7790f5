import { TZDate } from "@date-fns/tz";

/**
 * Wall-clock time in an IANA time zone, on @date-fns/tz. Instants are epoch
 * milliseconds; the date arithmetic below (shift, weekday) is on local dates.
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

// Zones already found valid: building an Intl.DateTimeFormat to check one cost 3 % of ingestion's
// CPU (the calendar is validated for every email evaluated). Only valid names are kept, so the set
// is bounded by the IANA list.
const validZones = new Set<string>();

export function isValidTimeZone(timeZone: string): boolean {
  if (validZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    return false;
  }
  validZones.add(timeZone);
  return true;
}

/** The wall time an instant shows in `timeZone` (@date-fns/tz). */
export function toWallTime(instant: number, timeZone: string): WallTime {
  const d = new TZDate(instant, timeZone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    timeMs:
      ((d.getHours() * 60 + d.getMinutes()) * 60 + d.getSeconds()) * 1000 + d.getMilliseconds(),
  };
}

/**
 * The instant showing `wall` in `timeZone` (@date-fns/tz). Like Temporal's
 * "compatible" disambiguation: an ambiguous time (clocks going back) takes
 * the earlier instant; a skipped time (clocks going forward) moves forward by
 * the gap, so 02:30 on a spring-forward night becomes 03:30.
 */
export function fromWallTime(wall: WallTime, timeZone: string): number {
  const ms = wall.timeMs % 1000;
  const seconds = Math.floor(wall.timeMs / 1000);
  return new TZDate(
    wall.year,
    wall.month - 1,
    wall.day,
    Math.floor(seconds / 3600),
    Math.floor(seconds / 60) % 60,
    seconds % 60,
    ms,
    timeZone,
  ).getTime();
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
