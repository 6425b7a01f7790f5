import { getDb } from "@/db/client";
import { overrideRate, throughput } from "@/db/queries/reports/override-report";
import { parseReportFilters, weekEnd } from "@/db/queries/reports/report-filters";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { CountTable, n } from "../components/count-table";
import { drillHref, pct } from "../components/drill";
import { DrillChart } from "../components/drill-chart";
import { seriesColor } from "../components/series-color";
import { ChartWithTable, ReportShell } from "../components/report-shell";

export const metadata = { title: "Overrides and throughput" };

export default async function OverridesReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("reports.read");
  const f = parseReportFilters(await searchParams);
  const db = getDb();
  const [byReviewer, byClause, weekly, staff] = await Promise.all([
    overrideRate(db, f, "reviewer"),
    overrideRate(db, f, "clause"),
    throughput(db, f),
    decidingStaff(db),
  ]);
  const rate = (by: "reviewer" | "clause", rows: typeof byReviewer) => {
    const param = by === "reviewer" ? "reviewer" : "clause";
    const title =
      by === "reviewer"
        ? "Override rate per reviewer"
        : "Override rate per clause (often overridden: a policy problem?)";
    return (
      <ChartWithTable
        title={title}
        chart={
          <DrillChart
            kind="bar"
            format="percent"
            label={title}
            series={[
              { key: "rate", name: "Override rate", color: seriesColor(by === "reviewer" ? 2 : 4) },
            ]}
            points={rows.map((r) => ({
              x: r.label,
              values: { rate: r.rate },
              hrefs: { rate: drillHref(f, { [param]: r.key, override: "yes" }) },
            }))}
          />
        }
        table={
          <CountTable
            label={title}
            headers={[by, "Decisions", "Overrides", "Rate"]}
            rows={rows.map((r) => ({
              key: r.key,
              label: r.label,
              cells: [
                { value: n(r.decisions), href: drillHref(f, { [param]: r.key }) },
                { value: n(r.overrides), href: drillHref(f, { [param]: r.key, override: "yes" }) },
                { value: pct(r.rate), href: drillHref(f, { [param]: r.key, override: "yes" }) },
              ],
            }))}
          />
        }
      />
    );
  };
  const weeks = [...new Set(weekly.map((r) => r.week))].sort();
  const people = [...new Map(weekly.map((r) => [r.reviewerId, r.reviewer])).entries()];
  const cell = (w: string, id: string) =>
    weekly.find((r) => r.week === w && r.reviewerId === id)?.decisions ?? 0;
  return (
    <ReportShell
      path="/reports/overrides"
      title="Overrides and throughput"
      filters={f}
      staff={staff}
      csv="overrides"
    >
      {rate("reviewer", byReviewer)}
      {rate("clause", byClause)}
      <ChartWithTable
        title="Throughput: decisions per reviewer per week"
        chart={
          <DrillChart
            kind="bar"
            label="Throughput"
            series={people.map(([id, name], i) => ({ key: id, name, color: seriesColor(i) }))}
            points={weeks.map((w) => ({
              x: w,
              values: Object.fromEntries(people.map(([id]) => [id, cell(w, id)])),
              hrefs: Object.fromEntries(
                people.map(([id]) => [id, drillHref(f, { reviewer: id, from: w, to: weekEnd(w) })]),
              ),
            }))}
          />
        }
        table={
          <CountTable
            label="Throughput"
            headers={["Reviewer", ...weeks]}
            rows={people.map(([id, name]) => ({
              key: id,
              label: name,
              cells: weeks.map((w) => ({
                value: n(cell(w, id)),
                href: drillHref(f, { reviewer: id, from: w, to: weekEnd(w) }),
              })),
            }))}
          />
        }
      />
    </ReportShell>
  );
}
