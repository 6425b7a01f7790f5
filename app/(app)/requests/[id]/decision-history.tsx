import type { RequestDetail } from "@/db/queries/request-detail";
import { dateTime, money } from "@/app/components/format";

/**
 * Decisions (newest first; later ones supersede earlier ones) and the
 * request's audit trail.
 */
export function DecisionHistory({ detail }: { detail: RequestDetail }) {
  return (
    <section className="card space-y-3 text-sm" aria-label="History">
      <h2 className="font-semibold">Decisions</h2>
      {detail.decisions.length === 0 && <p className="text-slate-500">No decision yet.</p>}
      <ul className="space-y-2">
        {detail.decisions.map((d, i) => (
          <li key={d.id} className={i > 0 ? "opacity-60" : ""}>
            <b>{d.kind.replace("_", " ")}</b>{" "}
            {d.amountMinor !== null ? money(d.amountMinor, d.currency) : ""} {d.destination ?? ""}{" "}
            by {d.decidedByName} · {dateTime(d.createdAt)}
            {d.override && (
              <span className="ml-1 rounded bg-orange-100 px-1 text-xs text-orange-900">
                override
              </span>
            )}
            {i > 0 && <span className="ml-1 text-xs">(superseded)</span>}
            <div className="font-mono text-xs">{d.clauses.join(", ")}</div>
            <div className="text-xs text-slate-700">{d.note}</div>
            {d.justification && (
              <div className="text-xs text-orange-900">Justification: {d.justification}</div>
            )}
            {d.alternativeMethod && (
              <div className="text-xs">Alternative refund: {d.alternativeMethod}</div>
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary className="cursor-pointer text-xs font-semibold text-slate-600">
          Audit trail ({detail.audit.length})
        </summary>
        <ul className="mt-1 space-y-0.5 font-mono text-xs">
          {detail.audit.map((a) => (
            <li key={a.id}>
              {dateTime(a.at)} {a.action}
              {a.by ? ` · ${a.by}` : ""}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
