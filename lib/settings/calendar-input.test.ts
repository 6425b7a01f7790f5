import { describe, expect, it } from "vitest";
import {
  checkCalendar,
  isIanaTimeZone,
  parseHolidayLines,
  timeZoneOptions,
} from "./calendar-input";

describe("calendar input", () => {
  it("reads one holiday per line, names the wrong lines, folds duplicates and sorts", () => {
    const { holidays, errors } = parseHolidayLines(
      "2026-12-25\n\n 2026-01-01 \n2026-02-30\nChristmas\n2026-12-25",
    );
    expect(holidays).toEqual(["2026-01-01", "2026-12-25"]);
    expect(errors.map((e) => [e.line, e.text])).toEqual([
      [4, "2026-02-30"],
      [5, "Christmas"],
    ]);
    expect(errors[0]!.message).toContain("Line 4");
  });

  it("offers UTC first and accepts only canonical zone names", () => {
    expect(timeZoneOptions()[0]).toBe("UTC");
    expect(timeZoneOptions().filter((z) => z === "UTC")).toHaveLength(1);
    expect(isIanaTimeZone("Europe/Berlin")).toBe(true);
    expect(isIanaTimeZone("europe/berlin")).toBe(false);
  });

  it("normalises a valid calendar and refuses a week without working days", () => {
    expect(checkCalendar({ timeZone: "UTC", weekendDays: [6, 0], holidays: [] })).toEqual({
      ok: true,
      calendar: { timeZone: "UTC", weekendDays: [0, 6], holidays: [] },
    });
    const refused = checkCalendar({
      timeZone: "UTC",
      weekendDays: [0, 1, 2, 3, 4, 5, 6],
      holidays: [],
    });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : refused.fieldErrors.weekendDays).toBeDefined();
  });
});
