"use client";

import { useActionState, useState } from "react";
import { updateCalendarAction } from "@/app/actions/settings/update-calendar-action";
import { FieldError } from "@/app/components/field-error";
import type { Calendar } from "@/lib/policy";
import {
  isIanaTimeZone,
  parseHolidayLines,
  WEEK_MONDAY_FIRST,
  WEEKDAY_NAMES,
} from "@/lib/settings/calendar-input";
import { ReplayPreviewFields } from "./replay-preview-fields";
import { WorkingDaysPreview } from "./working-days-preview";

/** The working-day calendar editor; read-only (no save) for those who may only read settings. */
export function CalendarForm({
  saved,
  timeZones,
  canWrite,
  nowMs,
}: {
  saved: Calendar;
  timeZones: string[];
  canWrite: boolean;
  nowMs: number;
}) {
  const [state, submit, pending] = useActionState(updateCalendarAction, null);
  const [timeZone, setTimeZone] = useState(saved.timeZone);
  const [weekendDays, setWeekendDays] = useState<number[]>(saved.weekendDays);
  const [holidayText, setHolidayText] = useState(saved.holidays.join("\n"));
  const fe = state && !state.ok ? state.fieldErrors : undefined;
  // Checked as the manager types, so a wrong line is named before saving; the server checks again.
  const lines = parseHolidayLines(holidayText);
  const noWorkingDay = weekendDays.length >= 7;
  const previewable = isIanaTimeZone(timeZone) && lines.errors.length === 0 && !noWorkingDay;
  return (
    <form action={submit} className="space-y-4" aria-label="Working-day calendar">
      <fieldset disabled={!canWrite} className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div>
          <label className="label" htmlFor="calendar-zone">
            Time zone
          </label>
          <select
            id="calendar-zone"
            name="timeZone"
            className="input disabled:bg-slate-100 disabled:text-slate-600"
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <FieldError errors={fe?.timeZone} />
          <div role="group" aria-labelledby="weekend-label" className="mt-4">
            <span id="weekend-label" className="label">
              Weekend days
            </span>
            <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
              {WEEK_MONDAY_FIRST.map((day) => (
                <label key={day} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="weekendDays"
                    value={day}
                    checked={weekendDays.includes(day)}
                    onChange={(e) =>
                      setWeekendDays(
                        e.target.checked
                          ? [...weekendDays, day]
                          : weekendDays.filter((d) => d !== day),
                      )
                    }
                  />
                  {WEEKDAY_NAMES[day]}
                </label>
              ))}
            </div>
            <FieldError
              errors={
                noWorkingDay
                  ? ["At least one day of the week must be a working day"]
                  : fe?.weekendDays
              }
            />
          </div>
        </div>
        <div>
          <label className="label" htmlFor="calendar-holidays">
            Holidays (one YYYY-MM-DD per line)
          </label>
          <textarea
            id="calendar-holidays"
            name="holidays"
            rows={8}
            className="input font-mono disabled:bg-slate-100 disabled:text-slate-600"
            value={holidayText}
            onChange={(e) => setHolidayText(e.target.value)}
            aria-invalid={lines.errors.length > 0 || undefined}
            aria-describedby="holiday-errors"
          />
          <div id="holiday-errors">
            <FieldError
              errors={lines.errors.length > 0 ? lines.errors.map((e) => e.message) : fe?.holidays}
            />
          </div>
        </div>
      </fieldset>
      {previewable ? (
        <WorkingDaysPreview
          calendar={{ timeZone, weekendDays, holidays: lines.holidays }}
          nowMs={nowMs}
        />
      ) : (
        <p className="text-sm text-slate-500">Correct the calendar to see the next 14 days.</p>
      )}
      {canWrite ? (
        <div className="flex items-center gap-3">
          <button type="submit" className="btn btn-primary" disabled={pending || !previewable}>
            Save calendar
          </button>
          {state && !state.ok && (
            <p role="alert" className="text-sm text-red-700">
              {state.message}
            </p>
          )}
          {state?.ok && (
            <p role="status" className="text-sm text-green-800">
              {state.data.changed
                ? "Calendar saved. New evaluations use it."
                : "No change: this calendar is already in effect."}
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-500">Read-only: only managers change the calendar.</p>
      )}
      {canWrite && <ReplayPreviewFields previewable={previewable} nowMs={nowMs} />}
    </form>
  );
}
