import type { ReportFilters } from "@/db/queries/reports/report-filters";
import type { SlaMetric } from "@/db/queries/reports/sla-report";
import { drillHref } from "../components/drill";

export const SLA_LABEL: Record<SlaMetric, string> = {
  review: "Reviewed in 2 working days",
  balance: "Balance credited in 5 working days",
  direct: "Direct paid within a month",
  automatic: "Automatic refund by minute 20",
};

/** Where a figure of one SLA drills to: the decisions that missed it (automatic refunds: the Payouts page). */
export function slaMissedHref(
  f: ReportFilters,
  metric: SlaMetric,
  extra: Record<string, string> = {},
) {
  switch (metric) {
    case "review":
      return drillHref(f, { sla: "missed", ...extra });
    case "balance":
    case "direct":
      return drillHref(f, { payoutSla: "missed", destination: metric, ...extra });
    case "automatic":
      return "/payouts";
  }
}
