import Link from "next/link";
import { dateTime, money } from "@/app/components/format";
import type { DecisionRow } from "@/db/queries/decisions/list-decisions";
import { PAYOUT_STATE_LABEL, type PayoutState } from "@/lib/payouts/vocabulary";

const sla = (d: DecisionRow) =>
  d.reviewDueBy ? (d.decidedAt <= d.reviewDueBy ? "met" : "missed") : "—";

/** Every decision matching the filter, newest first; each row opens its request. */
export function DecisionsTable({ rows }: { rows: DecisionRow[] }) {
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table" aria-label="Decisions">
        <thead>
          <tr>
            <th>Decided</th>
            <th>Request</th>
            <th>Reviewer</th>
            <th>Outcome</th>
            <th className="text-right">Amount</th>
            <th>Clauses</th>
            <th>Recommendation</th>
            <th>Review SLA</th>
            <th>Payout</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} className={d.superseded ? "opacity-60" : ""}>
              <td className="whitespace-nowrap text-xs">{dateTime(d.decidedAt)}</td>
              <td className="whitespace-nowrap font-mono text-xs">
                <Link
                  className="text-indigo-700 hover:underline"
                  href={`/requests/${d.requestId}`}
                  prefetch={false}
                >
                  {d.ref}
                </Link>
              </td>
              <td className="whitespace-nowrap">{d.decidedByName}</td>
              <td className="whitespace-nowrap">
                <b>{d.kind.replace("_", " ")}</b>
                {d.override && (
                  <span
                    className="ml-1 rounded bg-orange-100 px-1 text-xs text-orange-900"
                    title={d.justification ?? ""}
                  >
                    override
                  </span>
                )}
                {d.superseded && <span className="ml-1 text-xs">(superseded)</span>}
              </td>
              <td className="whitespace-nowrap text-right tabular-nums">
                {d.amountMinor !== null ? money(d.amountMinor, d.currency) : "—"}
                {d.destination ? (
                  <span className="ml-1 text-xs text-slate-500">{d.destination}</span>
                ) : null}
              </td>
              <td className="max-w-56 truncate font-mono text-xs" title={d.clauses.join(", ")}>
                {d.clauses.length ? d.clauses.join(", ") : "manager's discretion"}
              </td>
              <td className="whitespace-nowrap text-xs">
                {d.recOutcome?.replace("_", " ") ?? "—"}
                {d.agrees === false && <span className="ml-1 text-orange-800">(differs)</span>}
              </td>
              <td className={`text-xs ${sla(d) === "missed" ? "font-semibold text-red-700" : ""}`}>
                {sla(d)}
              </td>
              <td className="whitespace-nowrap text-xs">
                {d.payoutState ? PAYOUT_STATE_LABEL[d.payoutState as PayoutState] : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
