import { z } from "zod";
import {
  dayOfWeek,
  daysInMonth,
  formatDate,
  fromWallTime,
  isValidTimeZone,
  shiftDate,
  toWallTime,
  type WallTime,
} from "./zoned-time";

/**
 * The working-day calendar (policy-spec.md "Working days and dates").
 * Managers edit it; every evaluation echoes the one it used.
 */
export const calendarSchema = z.object({
  /** IANA time zone in which days, weekends and holidays are read. */
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: "Unknown IANA time zone" })
    .default("UTC"),
  /** Non-working days of the week, 0 = Sunday … 6 = Saturday. */
  weekendDays: z
    .array(z.int().min(0).max(6))
    .refine((days) => new Set(days).size === days.length, {
      message: "Weekend days must not repeat",
    })
    .refine((days) => days.length < 7, {
      message: "At least one day of the week must be a working day",
    })
    .default([6, 0]),
  /** Non-working local dates, `YYYY-MM-DD`. */
  holidays: z.array(z.iso.date()).default([]),
});

export type Calendar = z.output<typeof calendarSchema>;
export type CalendarInput = z.input<typeof calendarSchema>;

export const DEFAULT_CALENDAR: Calendar = { timeZone: "UTC", weekendDays: [6, 0], holidays: [] };

function isWorkingDate(wall: WallTime, calendar: Calendar): boolean {
  return (
    !calendar.weekendDays.includes(dayOfWeek(wall)) && !calendar.holidays.includes(formatDate(wall))
  );
}

function nextWorkingDate(wall: WallTime, calendar: Calendar): WallTime {
  let next = shiftDate(wall, 1);
  while (!isWorkingDate(next, calendar)) next = shiftDate(next, 1);
  return next;
}

/** Whether the instant falls on a working day in the calendar's time zone. */
export function isWorkingDay(instant: number, calendar: Calendar = DEFAULT_CALENDAR): boolean {
  return isWorkingDate(toWallTime(instant, calendar.timeZone), calendar);
}

/**
 * Adds `days` working days: an instant on a non-working day first moves to
 * 00:00 of the next working day; then each step goes to the next working day,
 * keeping the local time of day (Friday 15:00 + 2 = Tuesday 15:00;
 * Saturday 10:00 + 2 = Wednesday 00:00). Wall time is kept across DST.
 */
export function addWorkingDays(
  instant: number,
  days: number,
  calendar: Calendar = DEFAULT_CALENDAR,
): number {
  let wall = toWallTime(instant, calendar.timeZone);
  if (!isWorkingDate(wall, calendar)) wall = { ...nextWorkingDate(wall, calendar), timeMs: 0 };
  for (let step = 0; step < days; step++) wall = nextWorkingDate(wall, calendar);
  return fromWallTime(wall, calendar.timeZone);
}

/**
 * One calendar month later: the same local day and time of the next month,
 * clamped to that month's last day (31 January + 1 month = 28/29 February).
 */
export function addCalendarMonth(instant: number, calendar: Calendar = DEFAULT_CALENDAR): number {
  const wall = toWallTime(instant, calendar.timeZone);
  const year = wall.month === 12 ? wall.year + 1 : wall.year;
  const month = wall.month === 12 ? 1 : wall.month + 1;
  const day = Math.min(wall.day, daysInMonth(year, month));
  return fromWallTime({ year, month, day, timeMs: wall.timeMs }, calendar.timeZone);
}
