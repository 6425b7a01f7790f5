"use client";

import { useState, useTransition } from "react";
import { decidePayoutApprovalAction } from "@/app/actions/payouts/decide-payout-approval-action";

/** Approve or reject one payout, with the note the timeline and the reviewer read. */
export function ApprovalButtons({ payoutId }: { payoutId: string }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const decide = (approve: boolean) =>
    start(async () => {
      const r = await decidePayoutApprovalAction({ payoutId, approve, note });
      setError(r.ok ? null : (r.fieldErrors?.note?.join(". ") ?? r.message));
    });
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <input
        className="input min-w-64 flex-1"
        placeholder="Note (required)"
        aria-label="Approval note"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending}
        onClick={() => decide(true)}
      >
        Approve
      </button>
      <button
        type="button"
        className="btn btn-danger"
        disabled={pending}
        onClick={() => decide(false)}
      >
        Reject
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
