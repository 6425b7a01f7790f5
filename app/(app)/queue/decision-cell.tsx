import { money } from "@/app/components/format";

export type DecisionSummary = {
  decisionKind: string | null;
  decisionAmountMinor: number | null;
  decisionCurrency: string | null;
  decisionOverride: boolean | null;
  decidedAt: string | null;
  decidedByName: string | null;
};

const KIND_STYLE: Record<string, string> = {
  approve: "bg-green-100 text-green-800",
  partial: "bg-lime-100 text-lime-800",
  deny: "bg-red-100 text-red-800",
  request_info: "bg-amber-100 text-amber-800",
};

/** The decision taken (outcome, amount, who, when, override), shown beside the recommendation. */
export function DecisionCell({ d }: { d: DecisionSummary }) {
  if (!d.decisionKind) return <span className="text-slate-400">—</span>;
  return (
    <span className="whitespace-nowrap text-xs" data-testid="decision-taken">
      <span className={`rounded px-1.5 py-0.5 font-medium ${KIND_STYLE[d.decisionKind] ?? ""}`}>
        {d.decisionKind.replace("_", " ")}
      </span>{" "}
      {d.decisionAmountMinor !== null && (
        <span className="tabular-nums">{money(d.decisionAmountMinor, d.decisionCurrency)} </span>
      )}
      {d.decisionOverride && (
        <span className="rounded bg-orange-100 px-1 text-orange-900">override</span>
      )}
      <span className="block text-slate-500" title={d.decidedAt ?? undefined}>
        {d.decidedByName} · {d.decidedAt?.slice(0, 16).replace("T", " ")}
      </span>
    </span>
  );
}
