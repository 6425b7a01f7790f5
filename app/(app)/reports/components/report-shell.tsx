import Link from "next/link";
import type { ReportFilters } from "@/db/queries/reports/report-filters";
import { reportHref } from "./drill";

const REPORTS = [
  ["/reports", "Overview"],
  ["/reports/sla", "SLA compliance"],
  ["/reports/volume", "Volume and outcomes"],
  ["/reports/money", "Money refunded"],
  ["/reports/overrides", "Overrides and throughput"],
  ["/reports/extraction", "Extraction accuracy"],
] as const;

/**
 * Every report's frame: the report tabs, the period and reviewer as a GET
 * form (the filters live in the URL), and the CSV of what is shown.
 */
export function ReportShell({
  path,
  title,
  filters: f,
  staff,
  csv,
  children,
}: {
  path: string;
  title: string;
  filters: ReportFilters;
  staff: { id: string; name: string }[];
  /** The report's CSV name (/reports/export?report=…), when it has one. */
  csv?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{title}</h1>
      <nav aria-label="Reports" className="flex flex-wrap gap-1 border-b border-slate-200">
        {REPORTS.map(([href, label]) => (
          <Link
            key={href}
            href={href === "/reports" ? href : reportHref(href, f)}
            aria-current={href === path ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${href === path ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <form
        method="get"
        className="card flex flex-wrap items-end gap-3 text-sm"
        aria-label="Report filters"
      >
        <label className="flex flex-col">
          From
          <input type="date" name="from" defaultValue={f.from} className="input" />
        </label>
        <label className="flex flex-col">
          To
          <input type="date" name="to" defaultValue={f.to} className="input" />
        </label>
        <label className="flex flex-col">
          Reviewer
          <select name="reviewer" defaultValue={f.reviewer ?? ""} className="input">
            <option value="">Everyone</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-primary">
          Show
        </button>
        {csv && (
          <a
            className="btn ml-auto"
            href={reportHref("/reports/export", f, { report: csv })}
            download
          >
            Export CSV
          </a>
        )}
      </form>
      {children}
    </div>
  );
}

/** A chart with its table beside it (stacked on narrow screens). */
export function ChartWithTable({
  title,
  chart,
  table,
}: {
  title: string;
  chart: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <section className="card space-y-2" aria-label={title}>
      <h2 className="font-semibold">{title}</h2>
      <div className="grid items-start gap-4 xl:grid-cols-2">
        <div className="min-w-0">{chart}</div>
        <div className="min-w-0 overflow-x-auto">{table}</div>
      </div>
    </section>
  );
}
