import Link from "next/link";
import { getDb } from "@/db/client";
import { correctedExamples, extractionCorrectionRates } from "@/db/queries/extraction-corrections";
import { parseReportFilters } from "@/db/queries/reports/report-filters";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { CORRECTABLE_FIELDS, type CorrectableField } from "@/lib/requests/correct-request-field";
import { dateTime } from "@/app/components/format";
import { pct, reportHref } from "../components/drill";
import { DrillChart } from "../components/drill-chart";
import { seriesColor } from "../components/series-color";
import { ChartWithTable, ReportShell } from "../components/report-shell";

export const metadata = { title: "Extraction accuracy" };

const isField = (v: unknown): v is CorrectableField => CORRECTABLE_FIELDS.some((f) => f === v);
const show = (v: unknown) =>
  v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v);

export default async function ExtractionReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("reports.read");
  const sp = await searchParams;
  const f = parseReportFilters(sp);
  const db = getDb();
  const week = typeof sp.week === "string" && /^\d{4}-\d{2}-\d{2}$/.test(sp.week) ? sp.week : null;
  const field = isField(sp.field) ? sp.field : null;
  const [rates, staff, examples] = await Promise.all([
    extractionCorrectionRates(db, { from: f.from, to: f.to }),
    decidingStaff(db),
    week && field ? correctedExamples(db, { week, field }) : Promise.resolve(null),
  ]);
  const weeks = [...new Set(rates.map((r) => r.week))].sort();
  const fields = [...new Set(rates.map((r) => r.field))];
  const cellHref = (w: string, fl: string) =>
    reportHref("/reports/extraction", f, { week: w, field: fl });
  const share = (w: string, fl: string) => rates.find((r) => r.week === w && r.field === fl);
  return (
    <ReportShell
      path="/reports/extraction"
      title="Extraction accuracy (reviewers' corrections)"
      filters={f}
      staff={staff}
    >
      <ChartWithTable
        title="Share of requests whose field a reviewer corrected, per week of arrival"
        chart={
          <DrillChart
            kind="line"
            format="percent"
            label="Correction rate per week"
            series={fields.map((fl, i) => ({ key: fl, name: fl, color: seriesColor(i) }))}
            points={weeks.map((w) => ({
              x: w,
              values: Object.fromEntries(fields.map((fl) => [fl, share(w, fl)?.share ?? null])),
              hrefs: Object.fromEntries(fields.map((fl) => [fl, cellHref(w, fl)])),
            }))}
          />
        }
        table={
          <table className="table text-sm" aria-label="Correction rates">
            <thead>
              <tr>
                <th>Week of</th>
                {fields.map((fl) => (
                  <th key={fl} className="text-right">
                    {fl}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w}>
                  <td>{w}</td>
                  {fields.map((fl) => {
                    const c = share(w, fl);
                    return (
                      <td key={fl} className="text-right tabular-nums">
                        <Link
                          className="hover:underline"
                          href={cellHref(w, fl)}
                          title={c ? `${c.corrected} of ${c.requests}` : ""}
                        >
                          {pct(c?.share)}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {examples && (
        <section className="card overflow-x-auto p-0" aria-label="Corrected examples">
          <h2 className="px-3 pt-3 font-semibold">
            {field} corrected, week of {week} ({examples.length})
          </h2>
          <table className="table text-sm">
            <thead>
              <tr>
                <th>Request</th>
                <th>Corrected</th>
                <th>By</th>
                <th>Extracted → set</th>
              </tr>
            </thead>
            <tbody>
              {examples.map((e) => (
                <tr key={`${e.requestId}-${e.at.toISOString()}`}>
                  <td className="font-mono text-xs">
                    <Link
                      className="text-indigo-700 hover:underline"
                      href={`/requests/${e.requestId}`}
                    >
                      {e.ref}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap text-xs">{dateTime(e.at)}</td>
                  <td>{e.reviewer ?? "—"}</td>
                  <td className="text-xs">
                    {show(e.before)} → <b>{show(e.after)}</b>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </ReportShell>
  );
}
