import { dateTime, money, OutcomeBadge, PRODUCT_LABEL } from "@/app/components/format";
import { DecisionCell, type DecisionSummary } from "./decision-cell";
import { SlaCell } from "./sla-cell";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "22 Nov 14:12" (UTC): enough to compare rows; the full timestamp is in the tooltip. No Intl
 * formatter: building one per row cost more than the rest of the row's render.
 */
function shortDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${iso.slice(11, 16)}`;
}

export type QueueRow = DecisionSummary & {
  id: string;
  ref: string;
  receivedAt: string;
  status: string;
  fromAddress: string;
  customerName: string | null;
  serviceName: string | null;
  productKind: string | null;
  amountRequestedMinor: number | null;
  currency: string | null;
  recOutcome: string | null;
  recAmountMinor: number | null;
  recClauses: string[];
  /** The version shown, so a decision from the queue is refused if the request changed since. */
  version: number;
  reviewBy: string | null;
  assigneeName: string | null;
  mine: boolean;
  customerMatched: boolean;
  /** The reply to the customer is still an unsent draft. */
  replyDraft: boolean;
  /** The running payout deadline of a decided request. */
  payoutDueBy: string | null;
  /** A search's matched field (reference, order, phone, email, name, text). */
  matched: string | null;
};

/** One request of the queue; ticked is null when the reviewer may not tick rows for the bulk bar. */
export function QueueTableRow({
  row: r,
  index,
  selected,
  ticked,
  onToggle,
  showDecision,
  now,
}: {
  row: QueueRow;
  index: number;
  selected: boolean;
  ticked: boolean | null;
  onToggle: () => void;
  showDecision: boolean;
  now: Date;
}) {
  return (
    <tr
      data-index={index}
      aria-selected={selected}
      className={selected ? "bg-indigo-50" : "hover:bg-slate-50"}
    >
      {ticked !== null && (
        <td>
          <input
            type="checkbox"
            aria-label={`Select ${r.ref}`}
            checked={ticked}
            onChange={onToggle}
          />
        </td>
      )}
      <td className="whitespace-nowrap font-mono text-xs">
        <a data-row-link className="text-indigo-700 hover:underline" href={`/requests/${r.id}`}>
          {r.ref}
        </a>
        {r.matched && (
          <span className="ml-1 rounded bg-slate-100 px-1 font-sans text-slate-700">
            {r.matched}
          </span>
        )}
      </td>
      <td className="whitespace-nowrap text-xs" title={dateTime(r.receivedAt)}>
        {shortDate(r.receivedAt)}
      </td>
      <td className="max-w-44 truncate">
        {r.customerName ?? r.fromAddress}
        {!r.customerMatched && (
          <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800">not matched</span>
        )}
      </td>
      <td className="max-w-36 truncate">
        {r.serviceName ?? <span className="text-slate-600">missing</span>}
      </td>
      <td className="whitespace-nowrap">{r.productKind ? PRODUCT_LABEL[r.productKind] : "—"}</td>
      <td className="whitespace-nowrap text-right tabular-nums">
        {money(r.amountRequestedMinor, r.currency)}
      </td>
      <td className="whitespace-nowrap">
        <OutcomeBadge outcome={r.recOutcome} />{" "}
        <span className="tabular-nums text-xs">
          {r.recAmountMinor !== null ? money(r.recAmountMinor, r.currency) : ""}
        </span>
      </td>
      {showDecision && (
        <td>
          <DecisionCell d={r} />
        </td>
      )}
      <SlaCell row={r} now={now} />
      <td className="whitespace-nowrap text-xs">
        {r.assigneeName ? (
          r.mine ? (
            "Me"
          ) : (
            r.assigneeName
          )
        ) : (
          <span className="text-slate-600">Unassigned</span>
        )}
      </td>
    </tr>
  );
}
