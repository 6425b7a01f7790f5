import Link from "next/link";
import type { ReplayPreviewChange } from "@/db/schema";
import { FIELD_LABEL, showChange } from "./show-change";

/** The changes of one page, side by side: request, field, before → after; each row opens its request. */
export function ChangesTable({
  rows,
  zones,
}: {
  rows: ReplayPreviewChange[];
  /** Time zones the deadlines are shown in: the saved calendar's before, the edited one's after. */
  zones: { before: string; after: string };
}) {
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table" aria-label="Changes">
        <thead>
          <tr>
            <th>Request</th>
            <th>Field</th>
            <th>Before</th>
            <th aria-hidden="true" />
            <th>After</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="text-slate-600">
                Nothing would change.
              </td>
            </tr>
          )}
          {rows.map((c) => (
            <tr key={`${c.ref}:${c.field}`} aria-label={`${c.ref} ${FIELD_LABEL[c.field]}`}>
              <td className="whitespace-nowrap font-mono text-xs">
                <Link
                  className="text-indigo-700 hover:underline"
                  href={`/requests/${c.requestId}`}
                  prefetch={false}
                >
                  {c.ref}
                </Link>
              </td>
              <td className="whitespace-nowrap">{FIELD_LABEL[c.field]}</td>
              <td className="whitespace-nowrap text-slate-700">
                {showChange(c.field, c.before, c.currency, zones.before)}
              </td>
              <td aria-hidden="true" className="text-slate-500">
                →
              </td>
              <td className="whitespace-nowrap font-medium">
                {showChange(c.field, c.after, c.currency, zones.after)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
