import { z } from "zod";
import { parseHolidayLines } from "./calendar-input";

/** FormData sends no key for zero checked boxes, one string for one, an array for several. */
const weekendDaysField = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().min(0).max(6)),
);

/** The calendar form's fields as typed; the domain checks the calendar itself (checkCalendar). */
export const calendarFormFields = {
  timeZone: z.string().trim().min(1, "Choose a time zone").max(64),
  weekendDays: weekendDaysField,
  /** One YYYY-MM-DD per line, as typed in the textarea. */
  holidays: z.string().max(20_000).default(""),
};

/** The holiday lines as dates; a line that is not a date is a field error on "holidays". */
export function holidaysOf(text: string, ctx: z.RefinementCtx): string[] {
  const { holidays, errors } = parseHolidayLines(text);
  for (const error of errors)
    ctx.addIssue({ code: "custom", path: ["holidays"], message: error.message });
  return holidays;
}
