import Link from "next/link";
import { getDb } from "@/db/client";
import { parseReportFilters, weekEnd } from "@/db/queries/reports/report-filters";
import { slaBreaches } from "@/db/queries/reports/sla-breaches";
import { SLA_METRICS, slaCompliance } from "@/db/queries/reports/sla-report";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { dateTime } from "@/app/components/format";
import { DrillChart, type ChartPoint } from "../components/drill-chart";
import { seriesColor } from "../components/series-color";
import { ChartWithTable, ReportShell } from "../components/report-shell";
import { slaMissedHref, SLA_LABEL } from "./sla-drill";
import { SlaTable } from "./sla-tables";

export const metadata = { title: "SLA compliance" };

export default async function SlaReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("reports.read");
  const f = parseReportFilters(await searchParams);
  const db = getDb();
  const [weekly, perReviewer, breaches, staff] = await Promise.all([
    slaCompliance(db, f, "week"),
    slaCompliance(db, f, "reviewer"),
    slaBreaches(db, f),
    decidingStaff(db),
  ]);
  const weeks = [...new Set(weekly.map((r) => r.key))].sort();
  const weekPoints: ChartPoint[] = weeks.map((w) => ({
    x: w,
    values: Object.fromEntries(
      SLA_METRICS.map((m) => [m, weekly.find((r) => r.metric === m && r.key === w)?.share ?? null]),
    ),
    hrefs: Object.fromEntries(
      SLA_METRICS.map((m) => [m, slaMissedHref(f, m, { from: w, to: weekEnd(w) })]),
    ),
  }));
  const people = [...new Map(perReviewer.map((r) => [r.key, r.label])).entries()];
  const personal = SLA_METRICS.filter((m) => m !== "automatic");
  const reviewerPoints: ChartPoint[] = people.map(([id, name]) => ({
    x: name,
    values: Object.fromEntries(
      personal.map((m) => [
        m,
        perReviewer.find((r) => r.metric === m && r.key === id)?.share ?? null,
      ]),
    ),
    hrefs: Object.fromEntries(personal.map((m) => [m, slaMissedHref(f, m, { reviewer: id })])),
  }));
  const series = (ms: readonly (typeof SLA_METRICS)[number][]) =>
    ms.map((m, i) => ({ key: m, name: SLA_LABEL[m], color: seriesColor(i) }));
  return (
    <ReportShell
      path="/reports/sla"
      title="SLA compliance"
      filters={f}
      staff={staff}
      csv="sla-week"
    >
      <ChartWithTable
        title="Share within the SLA, per week"
        chart={
          <DrillChart
            kind="line"
            format="percent"
            points={weekPoints}
            series={series(SLA_METRICS)}
            label="SLA compliance per week"
          />
        }
        table={<SlaTable rows={weekly} metrics={[...SLA_METRICS]} by="week" filters={f} />}
      />
      <ChartWithTable
        title="Share within the SLA, per reviewer"
        chart={
          <DrillChart
            kind="bar"
            format="percent"
            points={reviewerPoints}
            series={series(personal)}
            label="SLA compliance per reviewer"
          />
        }
        table={<SlaTable rows={perReviewer} metrics={personal} by="reviewer" filters={f} />}
      />
      <section className="card overflow-x-auto p-0" aria-label="Breaches">
        <h2 className="px-3 pt-3 font-semibold">Breaches ({breaches.length})</h2>
        <table className="table text-sm" aria-label="SLA breaches">
          <thead>
            <tr>
              <th>SLA</th>
              <th>Request or order</th>
              <th>Reviewer</th>
              <th>Due by</th>
              <th>Done</th>
            </tr>
          </thead>
          <tbody>
            {breaches.map((b, i) => (
              <tr key={i}>
                <td>{SLA_LABEL[b.metric]}</td>
                <td className="font-mono text-xs">
                  {b.requestId ? (
                    <Link
                      className="text-indigo-700 hover:underline"
                      href={`/requests/${b.requestId}`}
                      prefetch={false}
                    >
                      {b.ref}
                    </Link>
                  ) : (
                    b.ref
                  )}
                </td>
                <td>{b.reviewer ?? "job"}</td>
                <td className="whitespace-nowrap text-xs">{dateTime(b.dueBy)}</td>
                <td className="whitespace-nowrap text-xs">
                  {b.doneAt ? dateTime(b.doneAt) : "not yet"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </ReportShell>
  );
}
