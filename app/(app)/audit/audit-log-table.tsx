import Link from "next/link";
import { dateTime } from "@/app/components/format";
import type { AuditLogRow } from "@/db/queries/audit/list-audit-log";
import { describeAuditEntry } from "@/lib/audit/describe-audit-entry";

/** The audit log in words: who (by name), what, on which request (RR reference), before → after. */
export function AuditLogTable({
  rows,
  names,
}: {
  rows: AuditLogRow[];
  names: ReadonlyMap<string, string>;
}) {
  return (
    <section className="card overflow-x-auto p-0">
      <table className="table" aria-label="Audit log">
        <thead>
          <tr>
            <th>#</th>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Request</th>
            <th>Changes</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="text-slate-500">
                No audited actions match this view.
              </td>
            </tr>
          )}
          {rows.map((e) => {
            const d = describeAuditEntry(e, names);
            return (
              <tr key={e.id}>
                <td className="tabular-nums text-slate-500">{e.id}</td>
                <td className="whitespace-nowrap text-xs">{dateTime(e.at)}</td>
                <td className="whitespace-nowrap">
                  {e.actorName ?? (
                    <span className="text-slate-500">
                      {typeof e.data.job === "string" ? `job ${e.data.job}` : "system"}
                    </span>
                  )}
                </td>
                <td>
                  <span className="font-mono text-xs text-slate-500">{e.action}</span>
                  <div>{d.summary}</div>
                </td>
                <td className="whitespace-nowrap font-mono text-xs">
                  {e.requestId ? (
                    <Link
                      className="text-indigo-700 hover:underline"
                      href={`/requests/${e.requestId}`}
                      prefetch={false}
                    >
                      {e.requestRef}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="text-xs">
                  {d.changes.map((c) => (
                    <div key={c.field}>
                      <span className="text-slate-500">{c.field}:</span> {c.before} →{" "}
                      <b>{c.after}</b>
                    </div>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
