/** Plain-text formatting shared by pages and by domain code that writes sentences for them. */

// One formatter for the process: building an Intl formatter costs more than rendering a table row.
const COUNT_FORMAT = new Intl.NumberFormat("en");

/** 12,345 */
export function count(n: number): string {
  return COUNT_FORMAT.format(n);
}

const ZONED = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-11-25 03:15 UTC", or in another time zone (the calendar's) "2026-11-25 04:15
 * Europe/Berlin"; "—" when there is no time.
 */
export function dateTime(d: Date | string | null | undefined, timeZone = "UTC"): string {
  if (!d) return "—";
  const x = typeof d === "string" ? new Date(d) : d;
  if (timeZone === "UTC") return x.toISOString().replace("T", " ").slice(0, 16) + " UTC";
  let f = ZONED.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    ZONED.set(timeZone, f);
  }
  const part = (t: string) => f.formatToParts(x).find((p) => p.type === t)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${timeZone}`;
}
