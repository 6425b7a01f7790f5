"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { dateTime, money, OutcomeBadge, PRODUCT_LABEL } from "@/app/components/format";
import { isTyping } from "@/app/components/typing";
import { BulkAssignBar, type BulkAssign } from "./bulk-assign-bar";
import { DecisionCell, type DecisionSummary } from "./decision-cell";
import { BulkDecidePanel } from "./bulk-decide-panel";
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

/**
 * j/k/x/Enter belong to the table unless the reviewer is typing or on a control of its own (a button's
 * Enter, the bulk bar); a row's checkbox keeps them, so ticking with the mouse does not strand the keyboard.
 */
function tableKeysApply(t: HTMLElement): boolean {
  if (t.closest("[role=toolbar]")) return false;
  if (t instanceof HTMLInputElement && t.type === "checkbox") return true;
  return !isTyping(t) && !["BUTTON", "A"].includes(t.tagName);
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

/**
 * The queue rows, with j/k to move, Enter to open, and (for those who may
 * claim) x to tick a row for the bulk bar.
 */
export function QueueTable({
  rows,
  now,
  bulk,
  showDecision,
}: {
  rows: QueueRow[];
  now: string;
  bulk: BulkAssign | null;
  /** Decided, Paid, Closed and All: the decision taken beside the recommendation. */
  showDecision: boolean;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setTicked((t) => {
      const next = new Set(t);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.metaKey ||
        e.ctrlKey ||
        e.altKey ||
        !(e.target instanceof HTMLElement && tableKeysApply(e.target))
      )
        return;
      if (e.key === "j") setSelected((s) => Math.min(rows.length - 1, s + 1));
      if (e.key === "k") setSelected((s) => Math.max(0, s - 1));
      if (e.key === "Enter" && rows[selected]) router.push(`/requests/${rows[selected].id}`);
      if (e.key === "x" && bulk && rows[selected]) toggle(rows[selected].id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [rows, selected, router, bulk]);
  useEffect(() => {
    body.current?.children[selected]?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  const nowDate = new Date(now);
  // A plain click on a reference navigates client-side, as a Link would; modified clicks (new tab) stay native.
  const openRowLink = (e: React.MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    const href =
      e.target instanceof Element
        ? e.target.closest("a[data-row-link]")?.getAttribute("href")
        : undefined;
    if (!href) return;
    e.preventDefault();
    router.push(href);
  };
  const hoverRow = (e: React.MouseEvent) => {
    const row = e.target instanceof Element ? e.target.closest("tr") : null;
    const index = Number(row?.dataset.index);
    if (Number.isInteger(index) && index !== selected) setSelected(index);
  };
  const allTicked = rows.length > 0 && rows.every((r) => ticked.has(r.id));
  return (
    <div className="space-y-2">
      {bulk && (
        <BulkAssignBar
          selected={rows.filter((r) => ticked.has(r.id)).map((r) => r.id)}
          bulk={bulk}
          onDone={() => setTicked(new Set())}
        />
      )}
      {bulk?.canDecide && (
        <BulkDecidePanel
          selected={rows.filter((r) => ticked.has(r.id))}
          onDone={() => setTicked(new Set())}
        />
      )}
      <div className="card overflow-x-auto p-0">
        <table className="table" aria-label="Refund requests">
          <thead>
            <tr>
              {bulk && (
                <th className="w-8">
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={allTicked}
                    onChange={() =>
                      setTicked(allTicked ? new Set() : new Set(rows.map((r) => r.id)))
                    }
                  />
                </th>
              )}
              <th>Reference</th>
              <th>Received</th>
              <th>Customer</th>
              <th>Service</th>
              <th>Product</th>
              <th className="text-right">Asked</th>
              <th>Recommendation</th>
              {showDecision && <th>Decision taken</th>}
              <th>SLA</th>
              <th>Assignee</th>
            </tr>
          </thead>
          {/* One delegated handler for every row (no next/link per row: 50 Link components cost
            render time and prefetch 50 request pages on every queue view). */}
          <tbody ref={body} onClick={openRowLink} onMouseOver={hoverRow}>
            {rows.map((r, i) => {
              return (
                <tr
                  key={r.id}
                  data-index={i}
                  aria-selected={i === selected}
                  className={i === selected ? "bg-indigo-50" : "hover:bg-slate-50"}
                >
                  {bulk && (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${r.ref}`}
                        checked={ticked.has(r.id)}
                        onChange={() => toggle(r.id)}
                      />
                    </td>
                  )}
                  <td className="whitespace-nowrap font-mono text-xs">
                    <a
                      data-row-link
                      className="text-indigo-700 hover:underline"
                      href={`/requests/${r.id}`}
                    >
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
                      <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-800">
                        not matched
                      </span>
                    )}
                  </td>
                  <td className="max-w-36 truncate">
                    {r.serviceName ?? <span className="text-slate-600">missing</span>}
                  </td>
                  <td className="whitespace-nowrap">
                    {r.productKind ? PRODUCT_LABEL[r.productKind] : "—"}
                  </td>
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
                  <SlaCell row={r} now={nowDate} />
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
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
