import Link from "next/link";
import { dateTime } from "@/app/components/format";
import type {
  missedAutomaticRefunds,
  recentAutomaticRuns,
  recoveries,
} from "@/db/queries/money-automation";
import { formatMoney } from "@/lib/format-money";

type Props = {
  runs: Awaited<ReturnType<typeof recentAutomaticRuns>>;
  missed: Awaited<ReturnType<typeof missedAutomaticRefunds>>;
  recoveries: Awaited<ReturnType<typeof recoveries>>;
};

/** DISP-AUTO-NO-SMS: the minute job's runs and every activation that missed minute 20; money to recover. */
export function AutomationSection({ runs, missed, recoveries: owed }: Props) {
  return (
    <div className="grid gap-4 xl:grid-cols-3">
      <section className="card text-sm" aria-label="Automatic refund runs">
        <h2 className="font-semibold">Automatic disposable refunds: last runs</h2>
        {runs.length === 0 ? (
          <p className="text-slate-500">The job has not run yet.</p>
        ) : (
          <table className="mt-1 w-full text-xs">
            <tbody>
              {runs.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="py-0.5">{dateTime(r.startedAt)}</td>
                  <td className={r.ok ? "" : "text-red-700"}>
                    {r.ok
                      ? `${String(r.report.booked ?? 0)} booked of ${String(r.report.candidates ?? 0)} due`
                      : `failed: ${String(r.report.error ?? "")}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card text-sm" aria-label="Missed minute 20">
        <h2 className="font-semibold">Activations that missed minute 20</h2>
        {missed.length === 0 ? (
          <p className="text-slate-500">
            None: every automatic refund was booked within 20 minutes.
          </p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-xs">
            {missed.map((m) => (
              <li key={m.orderId}>
                <span className="font-mono">{m.ref}</span> {m.customerName}: activated{" "}
                {dateTime(m.activatedAt)},{" "}
                {m.bookedAt ? (
                  <>booked {dateTime(m.bookedAt)}</>
                ) : (
                  <b className="text-red-700">not booked</b>
                )}{" "}
                · {formatMoney(m.paidMinor, m.currency)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card text-sm" aria-label="To recover">
        <h2 className="font-semibold">To recover</h2>
        {owed.length === 0 ? (
          <p className="text-slate-500">Nothing paid out is owed back.</p>
        ) : (
          <ul className="mt-1 space-y-0.5 text-xs">
            {owed.map((r) => (
              <li key={r.id}>
                {dateTime(r.at)} <b>{formatMoney(r.amountMinor, r.currency)}</b>{" "}
                {r.requestId && (
                  <Link
                    className="font-mono text-indigo-700 hover:underline"
                    href={`/requests/${r.requestId}`}
                  >
                    {r.requestRef}
                  </Link>
                )}{" "}
                — {r.description}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
