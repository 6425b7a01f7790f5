import { PayoutStateBadge } from "@/app/components/payout-state-badge";
import type { payoutTotals } from "@/db/queries/payouts";
import { formatMoney } from "@/lib/format-money";

/** Totals per currency (never summed across currencies), split by state. */
export function PayoutTotals({ totals }: { totals: Awaited<ReturnType<typeof payoutTotals>> }) {
  const currencies = [...new Set(totals.map((t) => t.currency))];
  if (currencies.length === 0) return null;
  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" aria-label="Totals by currency">
      {currencies.map((c) => {
        const rows = totals.filter((t) => t.currency === c);
        const all = rows.reduce((s, r) => s + r.amountMinor, 0);
        return (
          <div key={c} className="card text-sm">
            <div className="flex items-baseline justify-between">
              <span className="font-semibold">{c}</span>
              <span className="font-mono" data-testid={`total-${c}`}>
                {formatMoney(all, c)}
              </span>
            </div>
            <ul className="mt-1 space-y-0.5 text-xs">
              {rows.map((r) => (
                <li key={r.state} className="flex items-center justify-between gap-2">
                  <PayoutStateBadge state={r.state} />
                  <span className="font-mono">
                    {r.count} · {formatMoney(r.amountMinor, c)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
