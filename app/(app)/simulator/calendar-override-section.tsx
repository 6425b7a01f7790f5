"use client";

import { useId } from "react";
import { FieldError } from "@/app/components/field-error";
import { WEEK_MONDAY_FIRST, WEEKDAY_NAMES } from "@/lib/settings/calendar-input";
import { parseHolidayText } from "./case-form-inputs";
import type { CaseForm } from "./case-form-model";
import { CheckField, Section, SelectField } from "./fields";

type Errors = Record<string, string[]>;

/** Optional calendar for this case only; without it the saved calendar is used, as for real requests. */
export function CalendarOverrideSection({
  form,
  errors,
  timeZones,
  onChange,
}: {
  form: CaseForm;
  errors: Errors;
  timeZones: string[];
  onChange: (next: CaseForm) => void;
}) {
  const c = form.calendar;
  const set = (patch: Partial<CaseForm["calendar"]>) =>
    onChange({ ...form, calendar: { ...c, ...patch } });
  const holidaysId = useId();
  // The engine reports calendar.holidays[i]; name the entry the manager typed instead of an index.
  const typed = parseHolidayText(c.holidays);
  const holidayErrors = Object.entries(errors).flatMap(([path, list]) => {
    const match = /^calendar\.holidays(?:\[(\d+)\])?$/.exec(path);
    if (!match) return [];
    const entry = match[1] === undefined ? "" : `“${typed[Number(match[1])] ?? ""}”: `;
    return list.map((message) => `${entry}${message}`);
  });
  return (
    <Section title="Working-day calendar">
      <CheckField
        label="Override the saved calendar for this case"
        checked={c.override}
        onChange={(override) => set({ override })}
        className="sm:col-span-2"
      />
      {c.override && (
        <>
          <SelectField
            label="Time zone"
            value={c.timeZone}
            options={timeZones}
            onChange={(timeZone) => set({ timeZone })}
            errors={errors["calendar.timeZone"]}
          />
          <div role="group" aria-label="Weekend days">
            <span className="label">Weekend days</span>
            <div className="flex flex-wrap gap-x-3 gap-y-1">
              {WEEK_MONDAY_FIRST.map((day) => (
                <label key={day} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    checked={c.weekendDays.includes(day)}
                    onChange={(e) =>
                      set({
                        weekendDays: e.target.checked
                          ? [...c.weekendDays, day]
                          : c.weekendDays.filter((d) => d !== day),
                      })
                    }
                  />
                  {WEEKDAY_NAMES[day].slice(0, 3)}
                </label>
              ))}
            </div>
            <FieldError errors={errors["calendar.weekendDays"]} />
          </div>
          <div className="sm:col-span-2">
            <label className="label" htmlFor={holidaysId}>
              Holidays (one YYYY-MM-DD per line)
            </label>
            <textarea
              id={holidaysId}
              className="input font-mono"
              rows={3}
              value={c.holidays}
              onChange={(e) => set({ holidays: e.target.value })}
            />
            <FieldError errors={holidayErrors} />
          </div>
        </>
      )}
    </Section>
  );
}
