import { calendarSchema, type Calendar } from "@/lib/policy";

/**
 * Pure checks for a calendar a manager types in; shared by the settings form
 * (live preview, line-by-line errors) and the domain function that saves it.
 */

/** Days of the week as the policy engine numbers them: 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NAMES = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** The order the forms list the days in; the numbers stay the engine's. */
export const WEEK_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

/** Equal as calendars: weekend days and holidays compared as sets (the default lists Saturday before Sunday). */
export function sameCalendar(a: Calendar, b: Calendar): boolean {
  const key = (c: Calendar) =>
    JSON.stringify([c.timeZone, [...c.weekendDays].sort(), [...c.holidays].sort()]);
  return key(a) === key(b);
}

/** Time zones to offer: UTC first (the default), then every IANA zone the runtime knows. */
export function timeZoneOptions(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
}

/**
 * Whether `zone` is a canonical IANA name. Intl.DateTimeFormat alone also
 * accepts aliases such as "EST" or "europe/berlin", which would save a
 * calendar nobody can find again in the select.
 */
export function isIanaTimeZone(zone: string): boolean {
  return zone === "UTC" || Intl.supportedValuesOf("timeZone").includes(zone);
}

export type HolidayLineError = { line: number; text: string; message: string };

/** One holiday per line, `YYYY-MM-DD`; blank lines ignored; duplicates folded; sorted. */
export function parseHolidayLines(text: string): {
  holidays: string[];
  errors: HolidayLineError[];
} {
  const found = new Set<string>();
  const errors: HolidayLineError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const value = raw.trim();
    if (value === "") return;
    if (!isCalendarDate(value)) {
      errors.push({
        line: index + 1,
        text: value,
        message: `Line ${index + 1}: “${value}” is not a date in the form YYYY-MM-DD`,
      });
      return;
    }
    found.add(value);
  });
  return { holidays: [...found].sort(), errors };
}

/** A real date (2026-02-30 is refused), written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

export type CalendarCheck =
  { ok: true; calendar: Calendar } | { ok: false; fieldErrors: Record<string, string[]> };

/** calendarSchema plus the product's own rules: a canonical zone and at least one working day. */
export function checkCalendar(input: unknown): CalendarCheck {
  const parsed = calendarSchema.safeParse(input);
  const fieldErrors: Record<string, string[]> = {};
  const add = (key: string, message: string) => {
    const list = (fieldErrors[key] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(String(issue.path[0] ?? "_form"), issue.message);
    return { ok: false, fieldErrors };
  }
  const calendar = parsed.data;
  if (!isIanaTimeZone(calendar.timeZone))
    add("timeZone", "Choose a time zone from the list (an IANA name such as Europe/Berlin)");
  if (new Set(calendar.weekendDays).size >= 7)
    add("weekendDays", "At least one day of the week must be a working day");
  calendar.holidays.forEach((day) => {
    if (!isCalendarDate(day)) add("holidays", `“${day}” is not a real date`);
  });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    calendar: {
      timeZone: calendar.timeZone,
      weekendDays: [...new Set(calendar.weekendDays)].sort((a, b) => a - b),
      holidays: [...new Set(calendar.holidays)].sort(),
    },
  };
}
