import { measureOutages, type Interval, type OutageMeasure } from "../outages";
import type { PolicyOrder } from "../schema";
import { at } from "./finding";

/**
 * VN-BAL-OUTAGE-24H: each counted report as [reportedAt, resolvedAt ?? now].
 * Client-caused outages do not count (INT-OUTAGE-CAUSES).
 */
export function countedOutageIntervals(order: PolicyOrder, now: number): Interval[] {
  return order.outages
    .filter((outage) => outage.cause !== "client")
    .map((outage) => ({
      start: at(outage.reportedAt),
      end: outage.resolvedAt === null ? now : at(outage.resolvedAt),
    }));
}

/** Counted outages merged and measured inside the paid period, cut at now. */
export function measureOrderOutages(order: PolicyOrder, now: number): OutageMeasure {
  const window = { start: at(order.periodStart), end: Math.min(at(order.periodEnd), now) };
  return measureOutages(countedOutageIntervals(order, now), window);
}

/** Whether a counted outage is still open at `now` (reported, not yet resolved). */
export function hasOngoingOutage(order: PolicyOrder, now: number): boolean {
  return order.outages.some(
    (outage) =>
      outage.cause !== "client" &&
      at(outage.reportedAt) <= now &&
      (outage.resolvedAt === null || at(outage.resolvedAt) > now),
  );
}
