import { addWorkingDays, type Calendar } from "@/lib/policy/calendar";
import { fromWallTime, toWallTime } from "@/lib/policy/zoned-time";

/** One local date's deadline: `target` is the local date it lands on; `keepTime` keeps the time of day. */
export type DeadlineStep = { d: string; target: string; keepTime: boolean };

const DAY = 86_400_000;
const isoDate = (w: { year: number; month: number; day: number }) =>
  `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;

/**
 * addWorkingDays(instant, days) depends only on the instant's local date and time of day: a
 * working date keeps its time of day and moves `days` working dates on; a non-working one moves
 * to 00:00 of the next working date first. So one row per local date from `from` to `to`
 * (YYYY-MM-DD) lets one SQL statement recompute every deadline in the range (pure).
 */
export function deadlineSteps(
  from: string,
  to: string,
  days: number,
  calendar: Calendar,
): DeadlineStep[] {
  const out: DeadlineStep[] = [];
  const tz = calendar.timeZone;
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY) {
    const [year, month, day] = new Date(t).toISOString().slice(0, 10).split("-").map(Number) as [
      number,
      number,
      number,
    ];
    // Noon local: a time of day every zone has on every date (no DST gap).
    const noon = fromWallTime({ year, month, day, timeMs: 12 * 3_600_000 }, tz);
    const target = toWallTime(addWorkingDays(noon, days, calendar), tz);
    out.push({
      d: isoDate({ year, month, day }),
      target: isoDate(target),
      keepTime: target.timeMs !== 0,
    });
  }
  return out;
}
