import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), schema.optional());

/** The reports' period and reviewer, as URL parameters (the same on every report and its CSV). */
export const reportFiltersSchema = z.object({
  from: optional(z.iso.date()).catch(undefined),
  to: optional(z.iso.date()).catch(undefined),
  reviewer: optional(z.uuid()).catch(undefined),
});
export type ReportFilters = { from: string; to: string; reviewer?: string };

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Parsed filters with the default period: the last 12 weeks up to today (UTC). */
export function parseReportFilters(
  params: Record<string, string | string[] | undefined>,
  now = new Date(),
): ReportFilters {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const f = reportFiltersSchema.parse(flat);
  const to = f.to ?? isoDay(now.getTime());
  const from = f.from ?? isoDay(new Date(`${to}T00:00:00Z`).getTime() - 83 * DAY);
  return { from, to, ...(f.reviewer ? { reviewer: f.reviewer } : {}) };
}

export function reportFiltersToParams(f: ReportFilters): URLSearchParams {
  const p = new URLSearchParams({ from: f.from, to: f.to });
  if (f.reviewer) p.set("reviewer", f.reviewer);
  return p;
}

/** `col` within the period, end day included (UTC days). */
export function inPeriod(col: SQL, f: ReportFilters): SQL {
  const end = isoDay(new Date(`${f.to}T00:00:00Z`).getTime() + DAY);
  return sql`${col} >= ${`${f.from}T00:00:00Z`}::timestamptz AND ${col} < ${`${end}T00:00:00Z`}::timestamptz`;
}

/** The ISO week (its Monday, YYYY-MM-DD, UTC) of a timestamp column. */
export const weekOf = (col: SQL) =>
  sql`to_char(date_trunc('week', ${col} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;

/** The Sunday that ends the week starting on `monday` (for drill-down links). */
export const weekEnd = (monday: string) =>
  isoDay(new Date(`${monday}T00:00:00Z`).getTime() + 6 * DAY);
