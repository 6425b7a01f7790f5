import { getDb } from "@/db/client";
import { moneyRefunded } from "@/db/queries/reports/money-report";
import { parseReportFilters, weekEnd } from "@/db/queries/reports/report-filters";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format-money";
import { minorDigits } from "@/lib/policy/money";
import { CountTable } from "../components/count-table";
import { drillHref } from "../components/drill";
import { DrillChart } from "../components/drill-chart";
import { seriesColor } from "../components/series-color";
import { ChartWithTable, ReportShell } from "../components/report-shell";

export const metadata = { title: "Money refunded" };

const DESTINATIONS = ["balance", "direct"] as const;

export default async function MoneyReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("reports.read");
  const f = parseReportFilters(await searchParams);
  const db = getDb();
  const [rows, staff] = await Promise.all([moneyRefunded(db, f), decidingStaff(db)]);
  // One chart and table per currency: amounts in different currencies are never added or drawn on one axis.
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  return (
    <ReportShell
      path="/reports/money"
      title="Money refunded (from the ledger)"
      filters={f}
      staff={staff}
      csv="money"
    >
      {currencies.length === 0 && (
        <p className="card text-sm text-slate-500">No refund was booked in this period.</p>
      )}
      {currencies.map((cur) => {
        const mine = rows.filter((r) => r.currency === cur);
        const weeks = [...new Set(mine.map((r) => r.week))].sort();
        const cell = (w: string, d: string) =>
          mine.find((r) => r.week === w && r.destination === d)?.refundedMinor ?? 0;
        const href = (w: string, d: string) =>
          drillHref(f, { from: w, to: weekEnd(w), currency: cur, destination: d });
        const major = (m: number) => m / 10 ** minorDigits(cur);
        return (
          <ChartWithTable
            key={cur}
            title={`Refunded in ${cur}, per week and destination`}
            chart={
              <DrillChart
                kind="bar"
                label={`Refunded in ${cur}`}
                format="money"
                series={DESTINATIONS.map((d, i) => ({
                  key: d,
                  name: `${d} (${cur})`,
                  color: seriesColor(i),
                }))}
                points={weeks.map((w) => ({
                  x: w,
                  values: Object.fromEntries(DESTINATIONS.map((d) => [d, major(cell(w, d))])),
                  hrefs: Object.fromEntries(DESTINATIONS.map((d) => [d, href(w, d)])),
                }))}
              />
            }
            table={
              <CountTable
                label={`Refunded in ${cur}`}
                headers={["Week of", "To balance", "Direct", "Total"]}
                rows={weeks.map((w) => ({
                  key: w,
                  label: w,
                  cells: [
                    ...DESTINATIONS.map((d) => ({
                      value: formatMoney(cell(w, d), cur),
                      href: href(w, d),
                    })),
                    {
                      value: formatMoney(cell(w, "all"), cur),
                      href: drillHref(f, { from: w, to: weekEnd(w), currency: cur }),
                    },
                  ],
                }))}
              />
            }
          />
        );
      })}
    </ReportShell>
  );
}
