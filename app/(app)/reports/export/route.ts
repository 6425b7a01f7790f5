import { getDb } from "@/db/client";
import { parseReportFilters } from "@/db/queries/reports/report-filters";
import { exportReport, isReportName } from "@/lib/export/export-report";
import { AppError } from "@/lib/server/app-error";
import { route } from "@/lib/server/route";

/** A report's table as CSV (?report=sla-week|sla-reviewer|sla-breaches|volume|money|overrides|throughput). */
export const GET = route("reports.read", async (req, _ctx, user) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  if (!isReportName(params.report))
    throw new AppError("NOT_FOUND", { userMessage: "There is no such report." });
  return exportReport(getDb(), {
    userId: user.id,
    report: params.report,
    filters: parseReportFilters(params),
  });
});
