"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { action } from "@/lib/server/action";
import { calendarFormFields, holidaysOf } from "@/lib/settings/calendar-form-schema";
import { updateCalendar } from "@/lib/settings/update-calendar";

const updateCalendarSchema = z.object(calendarFormFields).transform((input, ctx) => ({
  timeZone: input.timeZone,
  weekendDays: input.weekendDays,
  holidays: holidaysOf(input.holidays, ctx),
}));

/** Manager: save the working-day calendar new evaluations use. */
export const updateCalendarAction = action(
  { name: "updateCalendar", schema: updateCalendarSchema, permission: "settings.write" },
  async (calendar, { user }) => {
    const saved = await updateCalendar(getDb(), { actorId: user.id, calendar });
    revalidatePath("/settings");
    return saved;
  },
);
