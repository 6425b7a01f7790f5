"use client";

import { useState, useTransition } from "react";
import { decidePayoutApprovalAction } from "@/app/actions/payouts/decide-payout-approval-action";
import { resolveFailedPayoutAction } from "@/app/actions/payouts/resolve-failed-payout-action";

type Props = {
  payoutId: string;
  state: string;
  canRetry: boolean;
  canApprove: boolean;
  /** The request now holds payment details (e.g. corrected after the failure). */
  hasRequestDetails: boolean;
};

/** What a person can do with a payout from the request page: resolve a failure, or (managers) approve. */
export function PayoutActions(p: Props) {
  const [pending, start] = useTransition();
  const [note, setNote] = useState("");
  const [useDetails, setUseDetails] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const r = await fn();
      setMessage(r.ok ? null : (r.message ?? "Refused"));
    });
  const failed = p.state === "failed" && p.canRetry;
  const approval = p.state === "awaiting_approval" && p.canApprove;
  if (!failed && !approval) return null;
  return (
    <div className="mt-2 space-y-1 rounded border border-slate-200 p-2">
      <label className="block text-xs">
        Note for the record
        <input
          className="input mt-0.5 w-full"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-label={failed ? "Note on the failed payout" : "Approval note"}
        />
      </label>
      {failed && p.hasRequestDetails && (
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={useDetails}
            onChange={(e) => setUseDetails(e.target.checked)}
          />
          Pay to the payment details now on the request
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        {failed && (
          <>
            <button
              type="button"
              className="btn btn-primary"
              disabled={pending}
              onClick={() =>
                run(() =>
                  resolveFailedPayoutAction({
                    payoutId: p.payoutId,
                    resolution: "retry",
                    useRequestDetails: useDetails,
                    note,
                  }),
                )
              }
            >
              Retry payout
            </button>
            <button
              type="button"
              className="btn"
              disabled={pending}
              onClick={() =>
                run(() =>
                  resolveFailedPayoutAction({ payoutId: p.payoutId, resolution: "keep", note }),
                )
              }
            >
              Keep on balance
            </button>
          </>
        )}
        {approval && (
          <>
            <button
              type="button"
              className="btn btn-primary"
              disabled={pending}
              onClick={() =>
                run(() => decidePayoutApprovalAction({ payoutId: p.payoutId, approve: true, note }))
              }
            >
              Approve payout
            </button>
            <button
              type="button"
              className="btn"
              disabled={pending}
              onClick={() =>
                run(() =>
                  decidePayoutApprovalAction({ payoutId: p.payoutId, approve: false, note }),
                )
              }
            >
              Reject
            </button>
          </>
        )}
      </div>
      {message && (
        <p role="alert" className="text-xs text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
