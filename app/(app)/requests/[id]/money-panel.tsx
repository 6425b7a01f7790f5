import Link from "next/link";
import type { RequestMoney } from "@/db/queries/request-money";
import { dateTime, timeLeft } from "@/app/components/format";
import { PayoutStateBadge } from "@/app/components/payout-state-badge";
import { formatMoney } from "@/lib/format-money";
import { TRANSACTION_KIND_LABEL } from "@/lib/ledger/vocabulary";
import { PAYOUT_STATE_LABEL } from "@/lib/payouts/vocabulary";
import { PayoutActions } from "./payout-actions";

type Props = {
  money: RequestMoney;
  requestId: string;
  canRetry: boolean;
  canApprove: boolean;
  hasRequestDetails: boolean;
  now: Date;
};

/** The request's payouts with their timelines, and the customer's balance with the postings that moved it. */
export function MoneyPanel({
  money,
  requestId,
  canRetry,
  canApprove,
  hasRequestDetails,
  now,
}: Props) {
  return (
    <section className="card space-y-3 text-sm" aria-label="Money">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="font-semibold">Money</h2>
        <span className="text-xs text-slate-600" data-testid="customer-balance">
          Balance:{" "}
          {money.balances.length === 0
            ? "none booked"
            : money.balances.map((b) => formatMoney(b.owedMinor, b.currency)).join(" · ")}
        </span>
      </div>
      {money.payouts.length === 0 && (
        <p className="text-slate-500">No refund booked for this request.</p>
      )}
      {money.payouts.map((p) => {
        const sla = timeLeft(p.dueBy, now);
        const open = !["credited", "settled", "on_balance", "rejected", "cancelled"].includes(
          p.state,
        );
        return (
          <article key={p.id} className="rounded border border-slate-200 p-2" data-testid="payout">
            <div className="flex flex-wrap items-center gap-2">
              <PayoutStateBadge state={p.state} />
              <b>{formatMoney(p.amountMinor, p.currency)}</b>
              <span>
                {p.destination === "direct"
                  ? `direct${p.alternativeMethod ? ` · ${p.alternativeMethod}` : " · to the original payment"}`
                  : "to balance"}
              </span>
              {p.source !== "decision" && (
                <span className="text-xs text-slate-500">({p.source.replace("_", "-")})</span>
              )}
              {open && (
                <span
                  className={`ml-auto text-xs ${sla.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}
                >
                  due {dateTime(p.dueBy)} ({sla.text})
                </span>
              )}
            </div>
            {p.reversedMinor > 0 && (
              <p className="text-xs text-orange-900">
                {formatMoney(-p.reversedMinor, p.currency)} taken back by a later decision
              </p>
            )}
            {p.approvalReasons.length > 0 && (
              <p className="text-xs text-amber-900">
                Four-eyes: {p.approvalReasons.join("; ")}
                {p.approvalApproved !== null &&
                  ` — ${p.approvalApproved ? "approved" : "rejected"} by ${p.approverName ?? "?"}${p.approvalNote ? `: ${p.approvalNote}` : ""}`}
              </p>
            )}
            {p.failureReason && <p className="text-xs text-red-800">Provider: {p.failureReason}</p>}
            {p.providerRefundId && (
              <p className="font-mono text-xs text-slate-500">
                {p.provider} {p.providerRefundId} · attempt {p.attempt}
              </p>
            )}
            <ol
              className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-2 text-xs"
              aria-label="Payout timeline"
            >
              {p.events.map((e) => (
                <li key={e.id}>
                  <span className="text-slate-500">{dateTime(e.at)}</span>{" "}
                  {e.fromState === e.toState ? "" : `${PAYOUT_STATE_LABEL[e.toState]} `}
                  <span className="text-slate-600">
                    · {e.by ?? (e.actorJob ? `job ${e.actorJob}` : "system")}
                    {e.note ? ` — ${e.note}` : ""}
                  </span>
                </li>
              ))}
            </ol>
            <PayoutActions
              payoutId={p.id}
              state={p.state}
              canRetry={canRetry}
              canApprove={canApprove}
              hasRequestDetails={hasRequestDetails}
            />
          </article>
        );
      })}
      {money.postings.length > 0 && (
        <details open={money.payouts.length > 0}>
          <summary className="cursor-pointer text-xs font-semibold text-slate-600">
            Customer&apos;s ledger ({money.postings.length} latest)
          </summary>
          <table className="mt-1 w-full text-xs" aria-label="Customer ledger">
            <tbody>
              {money.postings.map((l) => (
                <tr key={`${l.id}-${l.currency}`} className="border-t border-slate-100">
                  <td className="whitespace-nowrap py-0.5 pr-2 text-slate-500">{dateTime(l.at)}</td>
                  <td className="pr-2">
                    {TRANSACTION_KIND_LABEL[l.kind]}
                    {l.requestRef && l.requestId !== requestId && (
                      <>
                        {" "}
                        <Link
                          className="font-mono text-indigo-700 hover:underline"
                          href={`/requests/${l.requestId}`}
                        >
                          {l.requestRef}
                        </Link>
                      </>
                    )}
                    <span className="text-slate-500">
                      {" "}
                      · {l.actorName ?? (l.actorJob ? `job ${l.actorJob}` : "")}
                    </span>
                  </td>
                  <td
                    className={`whitespace-nowrap text-right font-mono ${l.amountMinor < 0 ? "text-slate-700" : "text-green-800"}`}
                  >
                    {formatMoney(l.amountMinor, l.currency, { signed: true })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
