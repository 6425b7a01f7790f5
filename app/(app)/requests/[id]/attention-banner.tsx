import type { AttentionKind } from "@/lib/payouts/vocabulary";

const TEXT: Record<AttentionKind, string> = {
  payout_failed:
    "Payout failed: the money is back on the customer's balance. Retry the payout or keep it on the balance.",
  approval_rejected:
    "A manager rejected the payout of the last decision: nothing was paid. Decide again.",
  reopened:
    "A manager reopened the decision: decide again; money already moved is settled against the new decision.",
};

/** Why a request is back in the queue (a failed payout, a rejected approval, a reopened decision). */
export function AttentionBanner({
  attention,
  note,
}: {
  attention: AttentionKind | null;
  note: string | null;
}) {
  if (!attention) return null;
  return (
    <div
      role="status"
      className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="attention"
    >
      <b>{TEXT[attention]}</b>
      {note && <span className="block text-xs">Reason: {note}</span>}
    </div>
  );
}
