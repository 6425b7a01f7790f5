import { money, OutcomeBadge } from "@/app/components/format";
import { getClause, type PolicyResult } from "@/lib/policy";
import { WEEKDAY_NAMES } from "@/lib/settings/calendar-input";
import { ConsideredClauses } from "./considered-clauses";
import { DeadlineCalendar } from "./deadline-calendar";

const MISSING_LABEL: Record<string, string> = {
  serviceName: "the name of the service",
  amount: "the amount",
  reason: "the refund reason",
  paymentDetails: "bank requisites or other payment details",
};

/** Everything the engine returned for a simulated case, in the order a reviewer reads it. */
export function ResultPanel({
  result,
  now,
  savedCalendarUsed,
}: {
  result: PolicyResult;
  now: string;
  savedCalendarUsed: boolean;
}) {
  const p = result.provisional;
  const cal = result.calendar;
  return (
    <section className="space-y-4" aria-label="Simulation result">
      <div className="card space-y-3 text-sm">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-base font-semibold">Result</h2>
          <span data-testid="sim-outcome" data-outcome={result.outcome} className="text-base">
            <OutcomeBadge outcome={result.outcome} />
          </span>
          <span className="ml-auto text-xs text-slate-500">engine {result.engineVersion}</span>
        </div>
        <dl className="grid grid-cols-[10rem_minmax(0,1fr)] gap-x-3 gap-y-1">
          <dt className="text-slate-500">Amount</dt>
          <dd data-testid="sim-amount" className="font-medium">
            {money(result.amountMinor, result.currency)}
          </dd>
          <dt className="text-slate-500">Destination</dt>
          <dd data-testid="sim-destination">{result.destination ?? "—"}</dd>
          <dt className="text-slate-500">Currency</dt>
          <dd>{result.currency}</dd>
          <dt className="text-slate-500">Alternative refund</dt>
          <dd>
            {result.alternativeRefundRequired ? "required (PAY-NO-REFUND-METHOD)" : "not required"}
          </dd>
          <dt className="text-slate-500">Flags</dt>
          <dd>{result.flags.length ? result.flags.join(", ") : "none"}</dd>
          <dt className="text-slate-500">Calendar</dt>
          <dd className="text-xs">
            {savedCalendarUsed ? "the saved calendar" : "this case's override"}: {cal.timeZone};
            weekend {cal.weekendDays.map((d) => WEEKDAY_NAMES[d]).join(", ") || "none"};{" "}
            {cal.holidays.length} holiday{cal.holidays.length === 1 ? "" : "s"}
          </dd>
        </dl>
        {result.missing.length > 0 && (
          <div className="rounded bg-amber-50 px-2 py-1 text-amber-900" data-testid="sim-missing">
            Missing (REQ-INCOMPLETE): {result.missing.map((m) => MISSING_LABEL[m] ?? m).join("; ")}
          </div>
        )}
        {p && (
          <p className="text-xs text-slate-700">
            {result.outcome === "manual_review"
              ? "Provisional result once an order is linked: "
              : "Provisional result once complete: "}
            <OutcomeBadge outcome={p.outcome} />{" "}
            {p.amountMinor !== null ? money(p.amountMinor, result.currency) : ""}{" "}
            {p.destination ?? ""}{" "}
            {p.clauses.length > 0 && <span className="font-mono">({p.clauses.join(", ")})</span>}
          </p>
        )}
        {result.alternativeRefundRequired && (
          <p className="rounded bg-orange-50 px-2 py-1 text-orange-900">
            The payment method cannot take a refund: record an alternative refund option (e.g. a
            bank transfer to the requisites given).
          </p>
        )}
        {result.flags.includes("auto_refund_missed") && (
          <p className="rounded bg-red-50 px-2 py-1 text-red-800">
            The automatic disposable-number refund was missed.
          </p>
        )}
        {result.contradictions.length > 0 && (
          <div className="rounded bg-purple-50 px-2 py-1 text-purple-900">
            <p className="font-semibold">Contradictions</p>
            <ul className="list-disc pl-5">
              {result.contradictions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h3 className="font-semibold">Explanation</h3>
          <ol className="list-decimal space-y-1 pl-5" data-testid="sim-explanation">
            {result.explanation.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="font-semibold">Deciding clauses</h3>
          <ul className="space-y-0.5" data-testid="sim-deciding">
            {result.clauses.map((id, i) => (
              <li key={id}>
                <span className="font-mono text-xs font-bold text-indigo-700">{id}</span>{" "}
                {getClause(id).title}
                {i === 0 && (
                  <span className="ml-1 rounded bg-indigo-50 px-1 text-xs text-indigo-700">
                    decides
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <DeadlineCalendar now={now} deadlines={result.deadlines} calendar={cal} />
      <ConsideredClauses considered={result.considered} />
    </section>
  );
}
