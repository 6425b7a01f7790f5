"use client";

import { useState, useTransition } from "react";
import { reopenDecisionAction } from "@/app/actions/decisions/reopen-decision-action";

/** Manager: reopen the decision in force with a written reason; the next decision supersedes it. */
export function ReopenForm({ requestId, version }: { requestId: string; version: number }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open)
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Reopen decision…
      </button>
    );
  return (
    <form
      className="space-y-1 rounded border border-amber-300 bg-amber-50 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await reopenDecisionAction({ requestId, version, reason });
          setError(r.ok ? null : (r.fieldErrors?.reason?.join(". ") ?? r.message));
          if (r.ok) setOpen(false);
        });
      }}
    >
      <label className="block text-xs font-medium">
        Why is this decision reopened? (kept on record; money already moved is settled against the
        next decision)
        <textarea
          className="input mt-1 w-full"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <div className="flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Reopen
        </button>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
