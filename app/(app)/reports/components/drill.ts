import type { ReportFilters } from "@/db/queries/reports/report-filters";

/** The decisions view behind a figure: the report's period and reviewer, plus the figure's own filter. */
export function drillHref(f: ReportFilters, extra: Record<string, string | undefined>): string {
  const p = new URLSearchParams({ from: f.from, to: f.to });
  if (f.reviewer) p.set("reviewer", f.reviewer);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) p.set(k, v);
  return `/decisions?${p.toString()}`;
}

/** A report's own URL (or its CSV) under the same filters. */
export function reportHref(
  path: string,
  f: ReportFilters,
  extra: Record<string, string> = {},
): string {
  const p = new URLSearchParams({ from: f.from, to: f.to, ...extra });
  if (f.reviewer) p.set("reviewer", f.reviewer);
  return `${path}?${p.toString()}`;
}

export const pct = (share: number | null | undefined) =>
  share === null || share === undefined ? "—" : `${(share * 100).toFixed(1)} %`;
