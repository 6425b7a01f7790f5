import { getDb } from "@/db/client";
import { listQuarantine } from "@/db/queries/quarantine";
import { requireUser } from "@/lib/auth/current-user";
import { dateTime } from "@/app/components/format";
import { QuarantineActions } from "./quarantine-actions";
import { neutraliseBidi } from "@/lib/neutralise-bidi";

export const metadata = { title: "Quarantine" };

export default async function QuarantinePage() {
  await requireUser("quarantine.manage");
  const rows = await listQuarantine(getDb());
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Quarantine</h1>
      <p className="text-sm text-slate-600">
        Messages that could not be parsed, were too large, or look like auto-replies, bounces or
        mail loops. Their raw bytes are kept; retry runs the pipeline again, dismiss hides them.
      </p>
      <div className="card overflow-x-auto p-0">
        <table className="table" aria-label="Quarantined emails">
          <thead>
            <tr>
              <th>Received</th>
              <th>From</th>
              <th>Subject</th>
              <th>Reason</th>
              <th>Size</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={6} className="text-slate-500">
                  Nothing in quarantine.
                </td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.id} data-testid={`quarantine-${r.id}`}>
                <td className="whitespace-nowrap text-xs">
                  {dateTime(r.receivedAt)} · {r.channel}
                </td>
                <td>{r.fromAddress ?? <i className="text-slate-600">unknown</i>}</td>
                <td className="max-w-xs truncate">
                  {(r.subject && neutraliseBidi(r.subject)) || (
                    <i className="text-slate-600">(none)</i>
                  )}
                </td>
                <td>
                  <b>{r.state === "received" ? "processing pending" : r.reason}</b>
                  <div className="max-w-sm text-xs text-slate-500">{r.detail}</div>
                </td>
                <td className="whitespace-nowrap text-xs tabular-nums">
                  {(r.sizeBytes / 1024).toFixed(1)} KB
                </td>
                <td className="whitespace-nowrap">
                  <a
                    className="mr-2 text-xs text-indigo-700 underline"
                    href={`/api/emails/${r.id}/raw`}
                  >
                    raw
                  </a>
                  <QuarantineActions emailId={r.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
