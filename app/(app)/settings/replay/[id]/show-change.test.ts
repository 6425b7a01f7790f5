import { describe, expect, it } from "vitest";
import { calendarChange, calendarText, showChange } from "./show-change";

const saved = { timeZone: "UTC", weekendDays: [6, 0], holidays: ["2026-12-25"] };

describe("replay preview page: values and calendars as a manager reads them", () => {
  it("shows each field in words: outcome, money, clauses, deadlines in the calendar's zone, none as a dash", () => {
    expect(showChange("outcome", "manual_review", null, "UTC")).toBe("manual review");
    expect(showChange("amount", "300", "USD", "UTC")).toMatch(/3\.00/);
    expect(showChange("clauses", "VN-BAL-OUTAGE-24H PAY-BALANCE", null, "UTC")).toBe(
      "VN-BAL-OUTAGE-24H, PAY-BALANCE",
    );
    expect(showChange("review_by", "2026-12-01T23:30:00.000Z", null, "Europe/Berlin")).toBe(
      "2026-12-02 00:30 Europe/Berlin",
    );
    expect(showChange("payout_by", null, null, "UTC")).toBe("—");
  });

  it("names what an edit changes, and nothing for the same calendar", () => {
    expect(calendarText(saved)).toBe("UTC; weekend Saturday, Sunday; holidays 2026-12-25");
    expect(calendarChange(saved, saved)).toEqual([]);
    expect(
      calendarChange(saved, {
        timeZone: "Asia/Tokyo",
        weekendDays: [0, 5, 6],
        holidays: ["2026-11-30"],
      }),
    ).toEqual([
      "time zone UTC → Asia/Tokyo",
      "weekend Saturday, Sunday → Friday, Saturday, Sunday",
      "holidays added 2026-11-30",
      "holidays removed 2026-12-25",
    ]);
  });
});
