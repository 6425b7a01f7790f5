import Link from "next/link";
import type { ReportFilters } from "@/db/queries/reports/report-filters";
import { weekEnd } from "@/db/queries/reports/report-filters";
import type { SlaRow, SlaMetric } from "@/db/queries/reports/sla-report";
import { pct } from "../components/drill";
import { slaMissedHref, SLA_LABEL } from "./sla-drill";

/** Groups (weeks or reviewers) as rows, SLAs as columns: met of total, the share, linked to the misses. */
export function SlaTable({
  rows,
  metrics,
  by,
  filters: f,
}: {
  rows: SlaRow[];
  metrics: SlaMetric[];
  by: "week" | "reviewer";
  filters: ReportFilters;
}) {
  const groups = [...new Map(rows.map((r) => [r.key, r.label])).entries()];
  return (
    <table className="table text-sm" aria-label={`SLA compliance per ${by}`}>
      <thead>
        <tr>
          <th>{by === "week" ? "Week of" : "Reviewer"}</th>
          {metrics.map((m) => (
            <th key={m} className="text-right">
              {SLA_LABEL[m]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map(([key, label]) => (
          <tr key={key}>
            <td className="whitespace-nowrap">{label}</td>
            {metrics.map((m) => {
              const c = rows.find((r) => r.metric === m && r.key === key);
              const extra: Record<string, string> =
                by === "week" ? { from: key, to: weekEnd(key) } : { reviewer: key };
              return (
                <td key={m} className="text-right tabular-nums">
                  {c ? (
                    <Link
                      className="hover:underline"
                      href={slaMissedHref(f, m, extra)}
                      title={`${c.missed} missed`}
                    >
                      {c.met}/{c.total} · {pct(c.share)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
