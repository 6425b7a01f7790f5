import { PAYOUT_STATE_LABEL, type PayoutState } from "@/lib/payouts/vocabulary";

// Stripe's dashboard colours: grey waiting, blue moving, green done, amber needs someone, red failed.
const STYLE: Record<PayoutState, string> = {
  pending: "bg-slate-100 text-slate-700",
  awaiting_approval: "bg-amber-100 text-amber-900",
  ready: "bg-sky-100 text-sky-900",
  credited: "bg-green-100 text-green-800",
  sent: "bg-sky-100 text-sky-900",
  settled: "bg-green-100 text-green-800",
  failed: "bg-red-100 text-red-800",
  on_balance: "bg-teal-100 text-teal-900",
  rejected: "bg-red-50 text-red-800",
  cancelled: "bg-slate-100 text-slate-600",
};

export function PayoutStateBadge({ state }: { state: PayoutState }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${STYLE[state]}`}
      data-testid="payout-state"
    >
      {PAYOUT_STATE_LABEL[state]}
    </span>
  );
}
