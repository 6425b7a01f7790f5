import Link from "next/link";
import { dateTime, timeLeft } from "@/app/components/format";
import { PayoutStateBadge } from "@/app/components/payout-state-badge";
import type { listPayouts } from "@/db/queries/payouts";
import { formatMoney } from "@/lib/format-money";
import { FINAL_STATES } from "@/lib/payouts/vocabulary";
import { PayoutRowActions } from "./payout-row-actions";

type Row = Awaited<ReturnType<typeof listPayouts>>["rows"][number];

/** Payouts with state, amount, where the money goes, the deadline and what a manager may do. */
export function PayoutsTable({
  rows,
  now,
  canManage,
}: {
  rows: Row[];
  now: Date;
  canManage: boolean;
}) {
  return (
    <div className="card overflow-x-auto p-0">
      <table className="table" aria-label="Payouts">
        <thead>
          <tr>
            <th>State</th>
            <th className="text-right">Amount</th>
            <th>Destination</th>
            <th>Request</th>
            <th>Customer</th>
            <th>Due</th>
            <th>Provider</th>
            <th>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={8} className="text-slate-500">
                No payouts match these filters.
              </td>
            </tr>
          )}
          {rows.map((p) => {
            const sla = timeLeft(p.dueBy, now);
            const open = !(FINAL_STATES as readonly string[]).includes(p.state);
            return (
              <tr key={p.id}>
                <td>
                  <PayoutStateBadge state={p.state} />
                </td>
                <td className="whitespace-nowrap text-right font-mono">
                  {formatMoney(p.amountMinor - p.reversedMinor, p.currency)}
                  {p.reversedMinor > 0 && (
                    <div className="text-xs text-orange-800">
                      of {formatMoney(p.amountMinor, p.currency)}
                    </div>
                  )}
                </td>
                <td className="text-xs">
                  {p.destination === "balance"
                    ? "Balance"
                    : p.alternativeMethod
                      ? `Direct · ${p.alternativeMethod}`
                      : "Direct · original payment"}
                  {p.source === "automatic" && (
                    <div className="text-slate-500">automatic (no SMS)</div>
                  )}
                </td>
                <td className="font-mono text-xs">
                  {p.requestId ? (
                    <Link
                      className="text-indigo-700 hover:underline"
                      href={`/requests/${p.requestId}`}
                    >
                      {p.requestRef}
                    </Link>
                  ) : (
                    <span title="Automatic refund: no request">{p.orderRef}</span>
                  )}
                </td>
                <td className="text-xs">{p.customerName}</td>
                <td
                  className={`whitespace-nowrap text-xs ${open && sla.overdue ? "font-semibold text-red-700" : ""}`}
                >
                  {dateTime(p.dueBy)}
                  {open && <div>{sla.text}</div>}
                </td>
                <td className="text-xs">
                  {p.failureReason && <div className="text-red-800">{p.failureReason}</div>}
                  {p.providerRefundId && (
                    <div className="font-mono text-slate-500">{p.providerRefundId}</div>
                  )}
                  {p.attempt > 1 && <div>attempt {p.attempt}</div>}
                </td>
                <td>
                  {canManage && (
                    <PayoutRowActions payoutId={p.id} state={p.state} stage={p.approvalStage} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
