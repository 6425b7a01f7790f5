import { formatMinor } from "@/lib/policy/money";

export type AuditChange = { field: string; before: string; after: string };
export type DescribedEntry = { summary: string; changes: AuditChange[] };

type Entry = { action: string; entityType: string; data: Record<string, unknown> };

const SUMMARY: Record<string, (d: Record<string, unknown>) => string> = {
  "decision.recorded": (d) =>
    `Decided ${String(d.kind).replace("_", " ")}${money(d.amountMinor, d.currency)}${d.override ? " (override)" : ""}${d.discretion ? " on the manager's discretion" : ""}`,
  "decision.reopened": (d) =>
    `Reopened the ${String(d.kind).replace("_", " ")} decision: ${String(d.reason)}`,
  "request.created": () => "Request created from an email",
  "request.field_corrected": (d) => `Corrected ${String(d.field)}`,
  "request.relinked": () => "Linked another customer or order",
  "request.claimed": () => "Took the request",
  "request.taken_over": () => "Took the request over",
  "request.released": () => "Released the request",
  "request.assigned": () => "Assigned the request",
  "request.reply_received": () => "Customer replied",
  "request.completed_by_reply": () => "Customer's reply completed the request",
  "reply.released": () => "Sent a drafted reply",
  "ledger.posted": (d) => `Ledger posting ${String(d.kind ?? "")}`.trim(),
  "export.downloaded": (d) =>
    `Exported ${String(d.view)} as CSV${d.filter ? ` (${String(d.filter)})` : ""}`,
  "quality.sampled": (d) => `Drew a quality sample of ${String(d.size)} decisions`,
  "quality.reviewed": (d) => `Quality review: ${String(d.verdict)}`,
  "replay.previewed": (d) => {
    const s = (d.scope ?? {}) as Record<string, unknown>;
    const what = d.mode === "engine" ? "engine" : "calendar";
    return `Previewed policy replay (${what}) of ${s.status === "all" ? "all" : "open"} requests received ${String(s.from)} – ${String(s.to)}`;
  },
};

function money(minor: unknown, currency: unknown): string {
  return typeof minor === "number" && typeof currency === "string"
    ? ` ${formatMinor(minor, currency)}`
    : "";
}

/** A value as a person reads it: ids become names or references, lists are joined, nothing is "null". */
function show(v: unknown, names: ReadonlyMap<string, string>): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "string") return names.get(v.toLowerCase()) ?? v;
  if (Array.isArray(v)) return v.length ? v.map((x) => show(x, names)).join(", ") : "—";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function diff(
  before: unknown,
  after: unknown,
  names: ReadonlyMap<string, string>,
  prefix = "",
): AuditChange[] {
  const isObj = (x: unknown): x is Record<string, unknown> =>
    !!x && typeof x === "object" && !Array.isArray(x);
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diff(before[k], after[k], names, prefix ? `${prefix}.${k}` : k));
  }
  const [b, a] = [show(before, names), show(after, names)];
  return b === a ? [] : [{ field: prefix || "value", before: b, after: a }];
}

/**
 * An audit entry in words: a one-line summary and each changed field as
 * before → after, with ids of people and requests replaced by their names
 * and references (`names`, looked up once per page).
 */
export function describeAuditEntry(e: Entry, names: ReadonlyMap<string, string>): DescribedEntry {
  const d = e.data;
  const summary =
    SUMMARY[e.action]?.(d) ??
    (e.action.startsWith("payout.")
      ? `Payout${money(d.amountMinor, d.currency)} ${String(d.from ?? "new")} → ${String(d.to ?? e.action.slice(7))}`
      : e.action.replace(".", ": ").replace(/_/g, " "));
  const changes: AuditChange[] = [];
  if ("before" in d && "after" in d)
    changes.push(...diff(d.before, d.after, names, typeof d.field === "string" ? d.field : ""));
  if ("from" in d && "to" in d && !e.action.startsWith("payout."))
    changes.push(...diff(d.from, d.to, names, "assignee"));
  if ("missingBefore" in d && "missingAfter" in d)
    changes.push(...diff(d.missingBefore, d.missingAfter, names, "missing"));
  if ("statusBefore" in d && "statusAfter" in d)
    changes.push(...diff(d.statusBefore, d.statusAfter, names, "status"));
  return { summary, changes };
}
