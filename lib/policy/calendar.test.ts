import { describe, expect, it } from "vitest";
import {
  addCalendarMonth,
  addWorkingDays,
  calendarSchema,
  DEFAULT_CALENDAR,
  isWorkingDay,
  type Calendar,
} from "./calendar";
import { fromWallTime, toWallTime } from "./zoned-time";

const ms = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();
const cal = (overrides: Partial<Calendar>): Calendar => ({ ...DEFAULT_CALENDAR, ...overrides });

describe("addWorkingDays", () => {
  it("Friday 15:00 + 2 = Tuesday 15:00", () => {
    expect(iso(addWorkingDays(ms("2026-03-13T15:00:00Z"), 2))).toBe("2026-03-17T15:00:00.000Z");
  });

  it("Saturday 10:00 + 2 = Wednesday 00:00", () => {
    expect(iso(addWorkingDays(ms("2026-03-14T10:00:00Z"), 2))).toBe("2026-03-18T00:00:00.000Z");
  });

  it("Sunday 23:59 + 0 moves to Monday 00:00; a working day + 0 stays put", () => {
    expect(iso(addWorkingDays(ms("2026-03-15T23:59:00Z"), 0))).toBe("2026-03-16T00:00:00.000Z");
    expect(iso(addWorkingDays(ms("2026-03-16T08:30:00.250Z"), 0))).toBe("2026-03-16T08:30:00.250Z");
  });

  it("Monday + 5 = next Monday, keeping milliseconds", () => {
    expect(iso(addWorkingDays(ms("2026-03-09T12:34:56.789Z"), 5))).toBe("2026-03-16T12:34:56.789Z");
  });

  it("skips holidays, and a request on a holiday starts at the next working day's midnight", () => {
    const easter = cal({ holidays: ["2026-04-03", "2026-04-06"] });
    expect(iso(addWorkingDays(ms("2026-04-02T11:00:00Z"), 1, easter))).toBe(
      "2026-04-07T11:00:00.000Z",
    );
    expect(iso(addWorkingDays(ms("2026-04-03T11:00:00Z"), 2, easter))).toBe(
      "2026-04-09T00:00:00.000Z",
    );
  });

  it("honours custom weekend days (Friday and Saturday)", () => {
    const gulf = cal({ weekendDays: [5, 6] });
    expect(iso(addWorkingDays(ms("2026-03-12T09:00:00Z"), 1, gulf))).toBe(
      "2026-03-15T09:00:00.000Z",
    );
    expect(isWorkingDay(ms("2026-03-15T09:00:00Z"), gulf)).toBe(true);
    expect(isWorkingDay(ms("2026-03-13T09:00:00Z"), gulf)).toBe(false);
  });

  it("reads the day in the calendar's time zone (Europe/Moscow, UTC+3)", () => {
    const moscow = cal({ timeZone: "Europe/Moscow" });
    // Friday 22:30Z is Saturday 01:30 in Moscow: moves to Monday 00:00 MSK, + 2 = Wednesday 00:00 MSK.
    expect(iso(addWorkingDays(ms("2026-03-13T22:30:00Z"), 2, moscow))).toBe(
      "2026-03-17T21:00:00.000Z",
    );
    // Sunday 21:30Z is Monday 00:30 in Moscow: a working day.
    expect(isWorkingDay(ms("2026-03-15T21:30:00Z"), moscow)).toBe(true);
    expect(isWorkingDay(ms("2026-03-15T21:30:00Z"))).toBe(false);
  });

  it("keeps the local wall time across the spring-forward change (America/New_York)", () => {
    const ny = cal({ timeZone: "America/New_York" });
    // Friday 2026-03-06 15:00 EST (UTC−5) + 2 = Tuesday 15:00 EDT (UTC−4).
    expect(iso(addWorkingDays(ms("2026-03-06T20:00:00Z"), 2, ny))).toBe("2026-03-10T19:00:00.000Z");
  });

  it("keeps the local wall time across the fall-back change (America/New_York)", () => {
    const ny = cal({ timeZone: "America/New_York" });
    // Friday 2026-10-30 09:00 EDT + 1 = Monday 2026-11-02 09:00 EST.
    expect(iso(addWorkingDays(ms("2026-10-30T13:00:00Z"), 1, ny))).toBe("2026-11-02T14:00:00.000Z");
  });

  it("a holiday in the calendar's zone is a holiday by local date", () => {
    const tokyo = cal({ timeZone: "Asia/Tokyo", holidays: ["2026-03-20"] });
    // Thursday 2026-03-19 16:00Z is Friday 01:00 in Tokyo, a holiday: Monday 00:00 JST + 1 = Tuesday 00:00 JST.
    expect(iso(addWorkingDays(ms("2026-03-19T16:00:00Z"), 1, tokyo))).toBe(
      "2026-03-23T15:00:00.000Z",
    );
  });
});

describe("addCalendarMonth", () => {
  it("clamps 31 January to the last day of February (28 in 2026, 29 in 2028)", () => {
    expect(iso(addCalendarMonth(ms("2026-01-31T10:00:00Z")))).toBe("2026-02-28T10:00:00.000Z");
    expect(iso(addCalendarMonth(ms("2028-01-31T10:00:00Z")))).toBe("2028-02-29T10:00:00.000Z");
  });

  it("keeps the day when it exists, and rolls December into January", () => {
    expect(iso(addCalendarMonth(ms("2026-03-15T08:00:00Z")))).toBe("2026-04-15T08:00:00.000Z");
    expect(iso(addCalendarMonth(ms("2026-12-31T23:00:00Z")))).toBe("2027-01-31T23:00:00.000Z");
    expect(iso(addCalendarMonth(ms("2026-03-31T12:00:00Z")))).toBe("2026-04-30T12:00:00.000Z");
  });

  it("counts the month in local time: 31 Jan 22:00 in New York is 1 Feb 03:00Z", () => {
    const ny = cal({ timeZone: "America/New_York" });
    expect(iso(addCalendarMonth(ms("2026-02-01T03:00:00Z"), ny))).toBe("2026-03-01T03:00:00.000Z");
  });

  it("keeps the local time across DST (New York, October → November)", () => {
    const ny = cal({ timeZone: "America/New_York" });
    expect(iso(addCalendarMonth(ms("2026-10-15T16:00:00Z"), ny))).toBe("2026-11-15T17:00:00.000Z");
  });
});

describe("wall time conversion", () => {
  it("round-trips instants", () => {
    for (const zone of [
      "UTC",
      "Europe/Moscow",
      "America/New_York",
      "Asia/Kolkata",
      "Australia/Lord_Howe",
    ]) {
      for (const instant of [
        ms("2026-03-08T06:59:59.999Z"),
        ms("2026-03-08T07:00:00Z"),
        ms("2026-11-01T05:30:00Z"),
        ms("2026-06-15T12:00:00.001Z"),
      ]) {
        const wall = toWallTime(instant, zone);
        const back = fromWallTime(wall, zone);
        expect(toWallTime(back, zone)).toEqual(wall);
      }
    }
  });

  it("moves a skipped local time forward by the gap (02:30 on spring-forward night → 03:30 EDT)", () => {
    expect(
      iso(
        fromWallTime({ year: 2026, month: 3, day: 8, timeMs: 2.5 * 3_600_000 }, "America/New_York"),
      ),
    ).toBe("2026-03-08T07:30:00.000Z");
  });

  it("takes the earlier instant for an ambiguous local time (01:30 on fall-back night → EDT)", () => {
    expect(
      iso(
        fromWallTime(
          { year: 2026, month: 11, day: 1, timeMs: 1.5 * 3_600_000 },
          "America/New_York",
        ),
      ),
    ).toBe("2026-11-01T05:30:00.000Z");
  });
});

describe("calendarSchema", () => {
  it("applies the defaults", () => {
    expect(calendarSchema.parse({})).toEqual(DEFAULT_CALENDAR);
  });

  it("rejects unknown zones, bad days, all-weekend weeks and impossible dates", () => {
    expect(calendarSchema.safeParse({ timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(calendarSchema.safeParse({ weekendDays: [7] }).success).toBe(false);
    expect(calendarSchema.safeParse({ weekendDays: [0, 0] }).success).toBe(false);
    expect(calendarSchema.safeParse({ weekendDays: [0, 1, 2, 3, 4, 5, 6] }).success).toBe(false);
    expect(calendarSchema.safeParse({ holidays: ["2026-02-30"] }).success).toBe(false);
    expect(
      calendarSchema.safeParse({
        timeZone: "Asia/Kolkata",
        weekendDays: [0],
        holidays: ["2026-08-15"],
      }).success,
    ).toBe(true);
  });
});
