"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { action } from "@/lib/server/action";
import { parseHolidayLines } from "@/lib/settings/calendar-input";
import { updateCalendar } from "@/lib/settings/update-calendar";

/** FormData sends no key for zero checked boxes, one string for one, an array for several. */
const weekendDaysField = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.coerce.number().int().min(0).max(6)),
);

const updateCalendarSchema = z
  .object({
    timeZone: z.string().trim().min(1, "Choose a time zone").max(64),
    weekendDays: weekendDaysField,
    /** One YYYY-MM-DD per line, as typed in the textarea. */
    holidays: z.string().max(20_000).default(""),
  })
  .transform((input, ctx) => {
    const { holidays, errors } = parseHolidayLines(input.holidays);
    for (const error of errors)
      ctx.addIssue({ code: "custom", path: ["holidays"], message: error.message });
    return { timeZone: input.timeZone, weekendDays: input.weekendDays, holidays };
  });

/** Manager: save the working-day calendar new evaluations use. */
export const updateCalendarAction = action(
  { name: "updateCalendar", schema: updateCalendarSchema, permission: "settings.write" },
  async (calendar, { user }) => {
    const saved = await updateCalendar(getDb(), { actorId: user.id, calendar });
    revalidatePath("/settings");
    return saved;
  },
);
