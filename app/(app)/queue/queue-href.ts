import type { QueueFilters } from "@/db/queries/queue-filters";

/** URL for the same view with some parameters changed (undefined removes one). */
export function queueHref(
  f: QueueFilters,
  patch: Partial<Record<keyof QueueFilters, string | undefined>>,
): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...f, after: undefined, ...patch };
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === null || v === "") continue;
    if (
      (k === "tab" && v === "to_review") ||
      (k === "sort" && v === "due") ||
      (k === "assignee" && v === "anyone")
    )
      continue;
    params.set(k, k === "min" || k === "max" ? (Number(v) / 100).toFixed(2) : String(v));
  }
  const qs = params.toString();
  return qs ? `/queue?${qs}` : "/queue";
}
