import { dateTime } from "@/app/components/format";
import type { Calendar, PolicyDeadlines } from "@/lib/policy";
import { formatDate, formatWallTime, toWallTime } from "@/lib/policy/zoned-time";
import { MonthGrid, type DayMarker } from "./month-grid";

const DEADLINES = [
  {
    key: "reviewBy",
    label: "Review by",
    clause: "SLA-REVIEW-2WD",
    className: "bg-indigo-600 text-white",
  },
  {
    key: "payoutBy",
    label: "Pay out by",
    clause: "SLA-BALANCE-5WD / SLA-DIRECT-1M",
    className: "bg-green-700 text-white",
  },
  {
    key: "waitUntil",
    label: "Wait until",
    clause: "DISP-AUTO-NO-SMS",
    className: "bg-sky-700 text-white",
  },
] as const;

/** More months than this and only the months holding a marker are drawn. */
const MAX_CONTIGUOUS_MONTHS = 4;

const hhmm = (timeMs: number) =>
  `${String(Math.floor(timeMs / 3_600_000)).padStart(2, "0")}:${String(Math.floor((timeMs % 3_600_000) / 60_000)).padStart(2, "0")}`;

/** The deadlines on the calendar the engine used, read in its time zone, from now to the latest deadline. */
export function DeadlineCalendar({
  now,
  deadlines,
  calendar,
}: {
  now: string;
  deadlines: PolicyDeadlines;
  calendar: Calendar;
}) {
  const tz = calendar.timeZone;
  const nowWall = toWallTime(Date.parse(now), tz);
  const markers = new Map<string, DayMarker[]>();
  const set = DEADLINES.flatMap((d) => {
    const iso = deadlines[d.key];
    if (!iso) return [];
    const wall = toWallTime(Date.parse(iso), tz);
    const date = formatDate(wall);
    markers.set(date, [
      ...(markers.get(date) ?? []),
      { key: d.key, label: d.label, time: hhmm(wall.timeMs), className: d.className },
    ]);
    return [{ ...d, iso, wall }];
  });
  const monthIndex = (w: { year: number; month: number }) => w.year * 12 + (w.month - 1);
  const indices = [monthIndex(nowWall), ...set.map((d) => monthIndex(d.wall))];
  const [first, last] = [Math.min(...indices), Math.max(...indices)];
  const months =
    last - first < MAX_CONTIGUOUS_MONTHS
      ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
      : [...new Set(indices)].sort((a, b) => a - b);

  return (
    <section className="card space-y-3 text-sm" aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading" className="font-semibold">
        Deadlines <span className="font-normal text-slate-500">(days in {tz})</span>
      </h3>
      {set.length === 0 ? (
        <p className="text-slate-600">
          No deadlines: the review clock has not started and nothing is to be paid.
        </p>
      ) : (
        <ul className="space-y-0.5" data-testid="sim-deadlines">
          {set.map((d) => (
            <li key={d.key}>
              <span className={`mr-1 rounded px-1 text-xs font-medium ${d.className}`}>
                {d.label}
              </span>
              {formatWallTime(Date.parse(d.iso), tz)}
              {tz !== "UTC" && <span className="text-slate-500"> · {dateTime(d.iso)}</span>}{" "}
              <span className="font-mono text-xs text-slate-500">{d.clause}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-4">
        {months.map((index) => (
          <MonthGrid
            key={index}
            year={Math.floor(index / 12)}
            month={(index % 12) + 1}
            calendar={calendar}
            today={formatDate(nowWall)}
            markers={markers}
          />
        ))}
      </div>
      <p className="flex flex-wrap gap-3 text-xs text-slate-600" aria-label="Legend">
        <span>
          <span className="mr-1 inline-block h-3 w-3 rounded-sm border border-slate-200 bg-white align-middle" />
          working day
        </span>
        <span>
          <span className="mr-1 inline-block h-3 w-3 rounded-sm bg-slate-100 align-middle" />
          weekend
        </span>
        <span>
          <span className="mr-1 inline-block h-3 w-3 rounded-sm bg-amber-50 ring-1 ring-amber-200 align-middle" />
          holiday
        </span>
        <span>
          <span className="mr-1 inline-block h-3 w-3 rounded-sm bg-sky-500 align-middle" />
          now ({formatWallTime(Date.parse(now), tz)})
        </span>
      </p>
    </section>
  );
}
