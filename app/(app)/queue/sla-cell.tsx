import { timeLeft } from "@/app/components/format";
import type { QueueRow } from "./queue-row";

/**
 * The SLA that runs for the request's state: the review deadline until it is decided
 * (SLA-REVIEW-2WD), then the payout's (SLA-BALANCE-5WD / SLA-DIRECT-1M); none once paid or
 * closed. An "Awaiting customer" request says whether its reply is still an unsent draft.
 */
export function SlaCell({ row: r, now }: { row: QueueRow; now: Date }) {
  const due = r.status === "to_review" ? r.reviewBy : r.status === "decided" ? r.payoutDueBy : null;
  const sla = due ? timeLeft(new Date(due), now) : null;
  return (
    <td
      className={`whitespace-nowrap text-xs ${sla?.overdue ? "font-semibold text-red-700" : "text-slate-700"}`}
      data-overdue={sla?.overdue ?? false}
    >
      {r.status === "decided" && sla ? `pay out: ${sla.text}` : sla ? sla.text : null}
      {r.status === "awaiting_customer" &&
        (r.replyDraft ? (
          <span className="rounded bg-amber-100 px-1 text-amber-900">reply not sent (draft)</span>
        ) : (
          "waiting for the customer"
        ))}
      {!sla && r.status !== "awaiting_customer" && "—"}
    </td>
  );
}
