"use client";

import { useState, useTransition } from "react";
import { keepPayoutOnBalanceAction } from "@/app/actions/payouts/keep-payout-on-balance-action";
import { resolveFailedPayoutAction } from "@/app/actions/payouts/resolve-failed-payout-action";

/** Retry a failed payout, or keep a direct refund's money on the balance, where the state allows it. */
export function PayoutRowActions({
  payoutId,
  state,
  stage,
}: {
  payoutId: string;
  state: string;
  stage: string | null;
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const canRetry = state === "failed";
  const canKeep =
    state === "failed" ||
    state === "ready" ||
    (state === "awaiting_approval" && stage === "before_send");
  if (!canRetry && !canKeep) return null;
  const ask = (what: string) => window.prompt(`Note for the record: why ${what}?`)?.trim() ?? "";
  return (
    <span className="flex flex-col gap-1">
      {canRetry && (
        <button
          type="button"
          className="btn"
          disabled={pending}
          onClick={() => {
            const note = ask("retry");
            if (note)
              start(async () => {
                const r = await resolveFailedPayoutAction({ payoutId, resolution: "retry", note });
                setError(r.ok ? null : r.message);
              });
          }}
        >
          Retry
        </button>
      )}
      {canKeep && (
        <button
          type="button"
          className="btn"
          disabled={pending}
          onClick={() => {
            const note = ask("keep it on the balance");
            if (note)
              start(async () => {
                const r = await keepPayoutOnBalanceAction({ payoutId, note });
                setError(r.ok ? null : r.message);
              });
          }}
        >
          Keep on balance
        </button>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
