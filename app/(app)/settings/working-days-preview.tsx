import { isWorkingDay, type Calendar } from "@/lib/policy";
import { formatDate, fromWallTime, shiftDate, toWallTime } from "@/lib/policy/zoned-time";
import { WEEKDAY_NAMES } from "@/lib/settings/calendar-input";

const PREVIEW_DAYS = 14;

/** The next 14 local days under the calendar being edited, so a manager sees the effect before saving. */
export function WorkingDaysPreview({ calendar, nowMs }: { calendar: Calendar; nowMs: number }) {
  const today = toWallTime(nowMs, calendar.timeZone);
  const days = Array.from({ length: PREVIEW_DAYS }, (_, i) => {
    const wall = { ...shiftDate(today, i), timeMs: 12 * 3_600_000 };
    const date = formatDate(wall);
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    // Noon local time is safely inside the day whatever the DST transitions.
    const working = isWorkingDay(fromWallTime(wall, calendar.timeZone), calendar);
    const reason = working
      ? "working day"
      : calendar.holidays.includes(date)
        ? "holiday"
        : "weekend";
    return { date, dow, working, reason };
  });
  return (
    <div>
      <h3 className="label">
        Next {PREVIEW_DAYS} days in {calendar.timeZone}
      </h3>
      <ol className="grid grid-cols-7 gap-1" aria-label="Working-day preview">
        {days.map((d) => (
          <li
            key={d.date}
            data-testid={`preview-${d.date}`}
            data-working={d.working}
            aria-label={`${WEEKDAY_NAMES[d.dow]} ${d.date}: ${d.reason}`}
            className={`rounded border px-1.5 py-1 text-xs ${
              d.working
                ? "border-green-200 bg-green-50 text-green-900"
                : d.reason === "holiday"
                  ? "border-amber-300 bg-amber-50 text-amber-900"
                  : "border-slate-200 bg-slate-100 text-slate-700"
            }`}
          >
            <div className="font-semibold">
              {WEEKDAY_NAMES[d.dow]?.slice(0, 3)} {d.date.slice(8)}.{d.date.slice(5, 7)}
            </div>
            <div>{d.reason}</div>
          </li>
        ))}
      </ol>
    </div>
  );
}
