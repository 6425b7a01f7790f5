import { dateTime, STATUS_LABEL } from "@/app/components/format";
import type { RequestDetail } from "@/db/queries/request-detail";
import { formatMoney } from "@/lib/format-money";
import { ReopenForm } from "./reopen-form";

type Props = {
  detail: RequestDetail;
  canReopen: boolean;
  awaitingApproval: boolean;
  atProvider: boolean;
};

/**
 * Where the decision form was: the decision in force, read-only. A manager
 * may reopen it (not while its refund is at the provider); a reviewer is
 * told to ask one.
 */
export function DecisionInForce({ detail, canReopen, awaitingApproval, atProvider }: Props) {
  const d = detail.decisions[0];
  if (!d) return null;
  const r = detail.request;
  return (
    <section className="card space-y-2 text-sm" role="status" aria-label="Decision">
      <p>
        Decision recorded{d.override ? " (override)" : ""}: <b>{d.kind.replace("_", " ")}</b>
        {d.amountMinor !== null && d.currency ? ` ${formatMoney(d.amountMinor, d.currency)}` : ""}
        {d.destination
          ? ` to ${d.destination === "direct" ? "the customer directly" : "the balance"}`
          : ""}{" "}
        by {d.decidedByName}, {dateTime(d.createdAt)}. The request is now{" "}
        <b>{STATUS_LABEL[r.status]?.toLowerCase()}</b>
        {awaitingApproval ? ", waiting for a manager's approval of the payout" : ""}.
      </p>
      {atProvider ? (
        <p className="text-xs text-slate-500">
          The refund is at the payment provider: it can be reopened once it settles or fails.
        </p>
      ) : canReopen ? (
        <ReopenForm requestId={r.id} version={r.version} />
      ) : (
        <p className="text-xs text-slate-500">
          Recorded decisions are read-only: ask a manager to reopen.
        </p>
      )}
    </section>
  );
}
