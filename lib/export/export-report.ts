import type { Db } from "@/db/client";
import { moneyRefunded } from "@/db/queries/reports/money-report";
import { overrideRate, throughput } from "@/db/queries/reports/override-report";
import { reportFiltersToParams, type ReportFilters } from "@/db/queries/reports/report-filters";
import { slaBreaches } from "@/db/queries/reports/sla-breaches";
import { slaCompliance } from "@/db/queries/reports/sla-report";
import { VOLUME_DIMENSIONS, volumeBy } from "@/db/queries/reports/volume-report";
import type { CsvValue } from "./csv";
import { csvResponse } from "./csv-response";
import { recordExport } from "./record-export";

type Table = { headers: string[]; rows: CsvValue[][] };

/** Each report's table as CSV rows: the same figures as on the page, computed by the same queries. */
export const REPORTS: Record<string, (db: Db, f: ReportFilters) => Promise<Table>> = {
  "sla-week": async (db, f) => ({
    headers: ["sla", "week", "total", "met", "missed", "share"],
    rows: (await slaCompliance(db, f, "week")).map((r) => [
      r.metric,
      r.key,
      r.total,
      r.met,
      r.missed,
      r.share,
    ]),
  }),
  "sla-reviewer": async (db, f) => ({
    headers: ["sla", "reviewer", "total", "met", "missed", "share"],
    rows: (await slaCompliance(db, f, "reviewer")).map((r) => [
      r.metric,
      r.label,
      r.total,
      r.met,
      r.missed,
      r.share,
    ]),
  }),
  "sla-breaches": async (db, f) => ({
    headers: ["sla", "reference", "reviewer", "due_by", "done_at"],
    rows: (await slaBreaches(db, f, new Date(), 10_000)).map((b) => [
      b.metric,
      b.ref,
      b.reviewer,
      b.dueBy,
      b.doneAt,
    ]),
  }),
  volume: async (db, f) => ({
    headers: ["dimension", "value", "requests"],
    rows: (
      await Promise.all(
        VOLUME_DIMENSIONS.map(async (d) =>
          (await volumeBy(db, f, d)).map((r) => [d, r.key, r.requests]),
        ),
      )
    ).flat(),
  }),
  money: async (db, f) => ({
    headers: ["week", "currency", "destination", "refunded_minor", "postings"],
    rows: (await moneyRefunded(db, f)).map((r) => [
      r.week,
      r.currency,
      r.destination,
      r.refundedMinor,
      r.postings,
    ]),
  }),
  overrides: async (db, f) => ({
    headers: ["by", "key", "label", "decisions", "overrides", "rate"],
    rows: (
      await Promise.all(
        (["reviewer", "clause"] as const).map(async (by) =>
          (await overrideRate(db, f, by)).map((r) => [
            by,
            r.key,
            r.label,
            r.decisions,
            r.overrides,
            r.rate,
          ]),
        ),
      )
    ).flat(),
  }),
  throughput: async (db, f) => ({
    headers: ["reviewer", "week", "decisions"],
    rows: (await throughput(db, f)).map((r) => [r.reviewer, r.week, r.decisions]),
  }),
};
export type ReportName = keyof typeof REPORTS;
export const isReportName = (v: unknown): v is ReportName => typeof v === "string" && v in REPORTS;

async function* each<T>(xs: T[]) {
  yield* xs;
}

/** A report's table under the page's filters as CSV; the export is audited first. */
export async function exportReport(
  db: Db,
  o: { userId: string; report: ReportName; filters: ReportFilters },
): Promise<Response> {
  const load = REPORTS[o.report]!;
  const filter = reportFiltersToParams(o.filters);
  filter.set("report", o.report);
  await recordExport(db, { userId: o.userId, view: `report:${o.report}`, filter });
  const table = await load(db, o.filters);
  return csvResponse({
    filename: `${o.report}-${o.filters.from}-${o.filters.to}.csv`,
    columns: table.headers.map((header, i) => ({ header, value: (row: CsvValue[]) => row[i] })),
    rows: each(table.rows),
  });
}
