"use client";

import { useRouter } from "next/navigation";
import { BulkAssignBar, type BulkAssign } from "./bulk-assign-bar";
import { BulkDecidePanel } from "./bulk-decide-panel";
import { QueueTableRow, type QueueRow } from "./queue-row";
import { useQueueSelection } from "./use-queue-selection";

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
  const { selected, setSelected, ticked, setTicked, toggle, body } = useQueueSelection(
    rows,
    bulk !== null,
  );
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
            {rows.map((r, i) => (
              <QueueTableRow
                key={r.id}
                row={r}
                index={i}
                selected={i === selected}
                ticked={bulk ? ticked.has(r.id) : null}
                onToggle={() => toggle(r.id)}
                showDecision={showDecision}
                now={nowDate}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
