"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { bulkDecideAction } from "@/app/actions/decisions/bulk-decide-action";
import { money, OutcomeBadge } from "@/app/components/format";
import type { Outcome } from "@/lib/policy/vocabulary";
import type { QueueRow } from "./queue-row";

/** Outcomes with a clear-cut decision (approve/partial pay, the rest close without a refund). */
const CLEAR_CUT: readonly Outcome[] = ["approve", "partial", "deny", "already_refunded", "wait"];
const clearCut = (o: string | null): o is Outcome => CLEAR_CUT.some((c) => c === o);
const clauseKey = (r: QueueRow) => [...r.recClauses].sort().join(",");

/** The shared recommendation of the selection, or null when its rows do not all recommend the same. */
function sharedRecommendation(rows: QueueRow[]) {
  const first = rows[0];
  const outcome = first?.recOutcome ?? null;
  if (!first || !clearCut(outcome)) return null;
  const same = rows.every(
    (r) => r.recOutcome === first.recOutcome && clauseKey(r) === clauseKey(first),
  );
  return same ? { outcome, clauses: first.recClauses } : null;
}

/**
 * "Decide as recommended" for the ticked rows: offered only when they all recommend the same
 * outcome and clauses; the reviewer reviews the list (each with the policy's own amount), then
 * confirms. The server re-checks each request and decides all of them or none.
 */
export function BulkDecidePanel({
  selected,
  onDone,
}: {
  selected: QueueRow[];
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shared = sharedRecommendation(selected);
  if (selected.length === 0)
    return message?.ok ? (
      <p role="status" className="text-sm text-slate-700">
        {message.text}
      </p>
    ) : null;
  if (!shared)
    return selected.length > 1 ? (
      <p className="text-sm text-slate-700">
        To decide together, tick requests with the same recommendation and clauses.
      </p>
    ) : null;
  const confirm = (key: string) =>
    start(async () => {
      const res = await bulkDecideAction({
        items: selected.map((r) => ({ requestId: r.id, version: r.version })),
        ...shared,
        idempotencyKey: key,
      });
      setReviewing(null);
      if (!res.ok) return setMessage({ ok: false, text: res.message });
      setMessage({ ok: true, text: `Decided ${res.data.decided} as recommended.` });
      onDone();
      router.refresh();
    });
  return (
    <section
      aria-label="Decide as recommended"
      className="space-y-2 rounded-md border border-slate-200 p-3 text-sm"
    >
      {reviewing ? (
        <>
          <p>
            Decide these {selected.length} as recommended (<OutcomeBadge outcome={shared.outcome} />{" "}
            {shared.clauses.join(", ") || "no clause"}), each with its own reply:
          </p>
          <ul className="max-h-48 list-inside list-disc overflow-y-auto">
            {selected.map((r) => (
              <li key={r.id}>
                <span className="font-mono text-xs">{r.ref}</span>{" "}
                {r.recAmountMinor !== null ? money(r.recAmountMinor, r.currency) : "no refund"}
              </li>
            ))}
          </ul>
          <div className="flex gap-2">
            <button
              type="button"
              className="btn btn-primary"
              disabled={pending}
              onClick={() => confirm(reviewing)}
            >
              Confirm: decide {selected.length}
            </button>
            <button
              type="button"
              className="btn"
              disabled={pending}
              onClick={() => setReviewing(null)}
            >
              Cancel
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => {
            setMessage(null);
            setReviewing(crypto.randomUUID());
          }}
        >
          Decide {selected.length} as recommended…
        </button>
      )}
      {message && !message.ok && (
        <p role="alert" className="text-red-700">
          {message.text}
        </p>
      )}
    </section>
  );
}
