import { dateTime, money } from "@/app/components/format";
import type { ReplayField } from "@/db/schema/replay-previews";
import type { Calendar } from "@/lib/policy";
import { WEEK_MONDAY_FIRST, WEEKDAY_NAMES } from "@/lib/settings/calendar-input";

export const FIELD_LABEL: Record<ReplayField, string> = {
  outcome: "Outcome",
  amount: "Amount",
  destination: "Destination",
  clauses: "Clauses",
  review_by: "Review by",
  payout_by: "Payout by",
  evaluation: "Evaluation",
};

/** A stored before/after value as a person reads it: words, money, a time in the calendar's zone. */
export function showChange(
  field: ReplayField,
  value: string | null,
  currency: string | null,
  timeZone: string,
): string {
  if (value === null) return "—";
  switch (field) {
    case "outcome":
      return value.replaceAll("_", " ");
    case "amount":
      return money(Number(value), currency);
    case "clauses":
      return value.split(" ").join(", ");
    case "review_by":
    case "payout_by":
      return dateTime(value, timeZone);
    default:
      return value;
  }
}

const weekend = (days: readonly number[]) =>
  WEEK_MONDAY_FIRST.filter((d) => days.includes(d))
    .map((d) => WEEKDAY_NAMES[d])
    .join(", ") || "none";

/** A calendar in one line: zone, weekend days (Monday first), holidays. */
export function calendarText(c: Calendar): string {
  return `${c.timeZone}; weekend ${weekend(c.weekendDays)}; ${c.holidays.length ? `holidays ${c.holidays.join(", ")}` : "no holidays"}`;
}

/** What the edit changes, part by part ("holidays added 2026-11-30", "time zone UTC → Asia/Tokyo"). */
export function calendarChange(before: Calendar, after: Calendar): string[] {
  const out: string[] = [];
  if (before.timeZone !== after.timeZone)
    out.push(`time zone ${before.timeZone} → ${after.timeZone}`);
  if (weekend(before.weekendDays) !== weekend(after.weekendDays))
    out.push(`weekend ${weekend(before.weekendDays)} → ${weekend(after.weekendDays)}`);
  const added = after.holidays.filter((h) => !before.holidays.includes(h));
  const removed = before.holidays.filter((h) => !after.holidays.includes(h));
  if (added.length) out.push(`holidays added ${added.join(", ")}`);
  if (removed.length) out.push(`holidays removed ${removed.join(", ")}`);
  return out;
}
