"use client";

import { useRef, useState } from "react";
import type { Calendar } from "@/lib/policy";
import { WEEKDAY_NAMES } from "@/lib/settings/calendar-input";

export type DayMarker = { key: string; label: string; time: string; className: string };

const HEADERS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const pad = (n: number) => String(n).padStart(2, "0");
const monthTitle = (year: number, month: number) =>
  new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, 1),
  );

/**
 * One month of the working-day calendar (Monday first). A grid with one tab
 * stop: arrow keys move by day and week, Home/End to the month's ends; each
 * day's accessible name says what the eye sees (weekend, holiday, today, deadlines).
 */
export function MonthGrid({
  year,
  month,
  calendar,
  today,
  markers,
}: {
  year: number;
  /** 1–12. */
  month: number;
  calendar: Calendar;
  /** The case's `now` as a local YYYY-MM-DD. */
  today: string;
  markers: Map<string, DayMarker[]>;
}) {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dateOf = (day: number) => `${year}-${pad(month)}-${pad(day)}`;
  const firstMarked = Array.from({ length: days }, (_, i) => i + 1).find(
    (d) => markers.has(dateOf(d)) || dateOf(d) === today,
  );
  const [focused, setFocused] = useState(firstMarked ?? 1);
  const tableRef = useRef<HTMLTableElement>(null);
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [
    ...Array<null>(offset).fill(null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const title = monthTitle(year, month);

  const move = (event: React.KeyboardEvent, from: number) => {
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
    };
    let to = from;
    const delta = step[event.key];
    if (delta !== undefined) to = Math.min(days, Math.max(1, from + delta));
    else if (event.key === "Home") to = 1;
    else if (event.key === "End") to = days;
    else return;
    event.preventDefault();
    setFocused(to);
    tableRef.current?.querySelector<HTMLElement>(`[data-day="${to}"]`)?.focus();
  };

  return (
    <table
      ref={tableRef}
      role="grid"
      aria-label={title}
      className="w-full table-fixed border-collapse text-xs"
    >
      <caption className="pb-1 text-left text-sm font-semibold">{title}</caption>
      <thead>
        <tr>
          {HEADERS.map((h) => (
            <th key={h} scope="col" className="pb-1 font-medium text-slate-500">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => {
              if (day === null)
                return <td key={i} className="border border-slate-100 bg-slate-50/50" />;
              const date = dateOf(day);
              const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
              const holiday = calendar.holidays.includes(date);
              const weekend = calendar.weekendDays.includes(dow);
              const isToday = date === today;
              const dayMarkers = markers.get(date) ?? [];
              const name = [
                `${WEEKDAY_NAMES[dow]} ${day} ${title}`,
                isToday ? "now" : null,
                holiday ? "holiday" : weekend ? "weekend" : "working day",
                ...dayMarkers.map((m) => `${m.label} ${m.time}`),
              ]
                .filter(Boolean)
                .join(", ");
              return (
                <td
                  key={i}
                  role="gridcell"
                  data-day={day}
                  data-date={date}
                  tabIndex={day === focused ? 0 : -1}
                  aria-label={name}
                  onKeyDown={(e) => move(e, day)}
                  onFocus={() => setFocused(day)}
                  className={`h-16 border border-slate-200 p-1 align-top focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 ${
                    holiday ? "bg-amber-50" : weekend ? "bg-slate-100 text-slate-500" : "bg-white"
                  } ${isToday ? "outline outline-2 -outline-offset-2 outline-sky-500" : ""}`}
                >
                  <div className="flex items-baseline justify-between" aria-hidden="true">
                    <span
                      className={isToday ? "rounded bg-sky-500 px-1 font-semibold text-white" : ""}
                    >
                      {day}
                    </span>
                    {holiday && <span className="text-[10px] text-amber-800">holiday</span>}
                  </div>
                  <div className="mt-0.5 space-y-0.5" aria-hidden="true">
                    {dayMarkers.map((m) => (
                      <div
                        key={m.key}
                        data-testid={`marker-${m.key}`}
                        className={`rounded px-1 text-[10px] font-medium leading-3 ${m.className}`}
                      >
                        {m.label} <span className="whitespace-nowrap">{m.time}</span>
                      </div>
                    ))}
                  </div>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
