import Link from "next/link";
import { getDb } from "@/db/client";
import { listApprovals } from "@/db/queries/payouts";
import { requireUser } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format-money";
import { dateTime } from "@/app/components/format";
import { ApprovalButtons } from "./approval-buttons";

export const metadata = { title: "Approvals" };

/** Four-eyes inbox: payouts waiting for a manager who did not decide them. */
export default async function ApprovalsPage() {
  const user = await requireUser("payouts.approve");
  const rows = await listApprovals(getDb());
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Approvals</h1>
      <p className="text-sm text-slate-600">
        Direct refunds above the four-eyes threshold (Settings) wait here after they are credited to
        the balance; overrides that pay more than the policy wait before anything is booked. You
        cannot approve a refund you decided.
      </p>
      {rows.length === 0 && (
        <p className="card text-sm text-slate-500">Nothing waits for approval.</p>
      )}
      <ul className="space-y-3">
        {rows.map((p) => (
          <li key={p.id} className="card text-sm" data-testid="approval">
            <div className="flex flex-wrap items-baseline gap-2">
              <b className="font-mono">{formatMoney(p.amountMinor, p.currency)}</b>
              <span>
                {p.destination === "direct"
                  ? `direct${p.alternativeMethod ? ` · ${p.alternativeMethod}` : ""}`
                  : "to balance"}
              </span>
              {p.requestId && (
                <Link
                  className="font-mono text-indigo-700 hover:underline"
                  href={`/requests/${p.requestId}`}
                >
                  {p.requestRef}
                </Link>
              )}
              <span className="text-slate-600">{p.customerName}</span>
              <span className="ml-auto text-xs text-slate-500">
                {p.kind} by {p.decidedBy} · {dateTime(p.createdAt)} ·{" "}
                {p.approvalStage === "before_credit"
                  ? "nothing booked yet"
                  : "credited to the balance, not sent"}
              </span>
            </div>
            <ul className="mt-1 list-disc pl-5 text-xs text-amber-900">
              {p.approvalReasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {p.recAmountMinor !== null && (
              <p className="text-xs text-slate-600">
                Policy figure: {formatMoney(p.recAmountMinor, p.currency)}
              </p>
            )}
            {p.justification && <p className="text-xs">Justification: {p.justification}</p>}
            {p.decidedById === user.id ? (
              <p className="mt-1 text-xs text-slate-500">
                You decided this refund: another manager approves it.
              </p>
            ) : (
              <ApprovalButtons payoutId={p.id} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
