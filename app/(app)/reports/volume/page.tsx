import { getDb } from "@/db/client";
import { parseReportFilters } from "@/db/queries/reports/report-filters";
import {
  VOLUME_DIMENSIONS,
  volumeBy,
  type VolumeDimension,
} from "@/db/queries/reports/volume-report";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { CountTable, n } from "../components/count-table";
import { drillHref } from "../components/drill";
import { DrillChart } from "../components/drill-chart";
import { seriesColor } from "../components/series-color";
import { ChartWithTable, ReportShell } from "../components/report-shell";

export const metadata = { title: "Volume and outcomes" };

const TITLE: Record<VolumeDimension, string> = {
  product: "Requests decided by product",
  claim: "Requests decided by claim",
  outcome: "Requests by outcome (decision in force)",
  clause: "Requests by clause cited",
};
// The decisions view's parameter for each dimension.
const PARAM: Record<VolumeDimension, string> = {
  product: "product",
  claim: "claim",
  outcome: "kind",
  clause: "clause",
};

export default async function VolumeReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("reports.read");
  const f = parseReportFilters(await searchParams);
  const db = getDb();
  const [staff, ...tables] = await Promise.all([
    decidingStaff(db),
    ...VOLUME_DIMENSIONS.map((d) => volumeBy(db, f, d)),
  ]);
  return (
    <ReportShell
      path="/reports/volume"
      title="Volume and outcomes"
      filters={f}
      staff={staff}
      csv="volume"
    >
      {VOLUME_DIMENSIONS.map((dim, i) => {
        const rows = tables[i] ?? [];
        const href = (key: string) => drillHref(f, { [PARAM[dim]]: key, current: "yes" });
        return (
          <ChartWithTable
            key={dim}
            title={TITLE[dim]}
            chart={
              <DrillChart
                kind="bar"
                label={TITLE[dim]}
                series={[{ key: "requests", name: "Requests", color: seriesColor(i) }]}
                points={rows.map((r) => ({
                  x: r.key.replace(/_/g, " "),
                  values: { requests: r.requests },
                  hrefs: { requests: href(r.key) },
                }))}
              />
            }
            table={
              <CountTable
                label={TITLE[dim]}
                headers={[dim, "Requests"]}
                rows={rows.map((r) => ({
                  key: r.key,
                  label: r.key.replace(/_/g, " "),
                  cells: [{ value: n(r.requests), href: href(r.key) }],
                }))}
              />
            }
          />
        );
      })}
    </ReportShell>
  );
}
