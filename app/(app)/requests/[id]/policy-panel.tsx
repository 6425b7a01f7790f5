import { getClause } from "@/lib/policy/clauses";
import type { PolicyResult } from "@/lib/policy";
import { dateTime, money, OutcomeBadge } from "@/app/components/format";
import { WEEKDAY_NAMES } from "@/lib/settings/calendar-input";
import { RecommendationChanged, type ReplayEntry } from "./recommendation-changed";

/** The engine's recommendation with every clause it considered and the policy sentence each cites. */
export function PolicyPanel({
  result,
  evaluatedAt,
  replayed = null,
}: {
  result: PolicyResult | null;
  evaluatedAt: Date | null;
  /** The latest replay that changed the recommendation, if any. */
  replayed?: ReplayEntry | null;
}) {
  if (!result) return <section className="card text-sm text-slate-600">Not evaluated yet.</section>;
  const p = result.provisional;
  return (
    <section className="card space-y-3 text-sm" aria-label="Policy recommendation">
      <div className="flex items-center gap-2">
        <h2 className="font-semibold">Recommendation</h2>
        <OutcomeBadge outcome={result.outcome} />
        <span className="ml-auto text-xs text-slate-600">
          engine {result.engineVersion} · {dateTime(evaluatedAt)}
        </span>
      </div>
      {replayed && (
        <RecommendationChanged
          entry={replayed}
          currency={result.currency}
          timeZone={result.calendar.timeZone}
        />
      )}
      <dl className="grid grid-cols-2 gap-x-3 gap-y-1">
        <dt className="text-slate-600">Amount</dt>
        <dd data-testid="rec-amount">{money(result.amountMinor, result.currency)}</dd>
        <dt className="text-slate-600">Destination</dt>
        <dd>
          {result.destination === "direct"
            ? "directly to the customer"
            : result.destination === "balance"
              ? "the balance"
              : "—"}
        </dd>
        <dt className="text-slate-600">Review by</dt>
        <dd>{dateTime(result.deadlines.reviewBy, result.calendar.timeZone)}</dd>
        <dt className="text-slate-600">Pay out by</dt>
        <dd>{dateTime(result.deadlines.payoutBy, result.calendar.timeZone)}</dd>
        {result.deadlines.waitUntil && (
          <>
            <dt className="text-slate-600">Wait until</dt>
            <dd>{dateTime(result.deadlines.waitUntil, result.calendar.timeZone)}</dd>
          </>
        )}
        <dt className="text-slate-600">Calendar</dt>
        <dd className="text-xs">
          {result.calendar.timeZone}; weekend{" "}
          {result.calendar.weekendDays.map((d) => WEEKDAY_NAMES[d]).join(", ") || "none"};{" "}
          {result.calendar.holidays.length}{" "}
          {result.calendar.holidays.length === 1 ? "holiday" : "holidays"}
        </dd>
      </dl>
      {result.missing.length > 0 && (
        <p className="rounded bg-amber-50 px-2 py-1 text-amber-900">
          Missing: {result.missing.join(", ")}
        </p>
      )}
      {p && (
        <p className="text-xs text-slate-600">
          {result.outcome === "manual_review"
            ? "Provisionally, once the order is linked: "
            : "Provisionally, once complete: "}
          <b>{p.outcome.replace("_", " ")}</b>
          {p.amountMinor !== null ? ` ${money(p.amountMinor, result.currency)}` : ""}
          {p.destination
            ? ` to the ${p.destination === "direct" ? "customer directly" : "balance"}`
            : ""}
          {p.clauses.length ? ` (${p.clauses.join(", ")})` : ""}
        </p>
      )}
      {result.alternativeRefundRequired && (
        <p className="rounded bg-orange-50 px-2 py-1 text-orange-900">
          PAY-NO-REFUND-METHOD: the payment method cannot take a refund; record an alternative
          refund option.
        </p>
      )}
      {result.flags.includes("auto_refund_missed") && (
        <p className="rounded bg-red-50 px-2 py-1 text-red-800">
          The automatic disposable-number refund was missed.
        </p>
      )}
      {result.contradictions.length > 0 && (
        <ul className="list-disc pl-5 text-purple-900">
          {result.contradictions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <ol className="list-decimal space-y-1 pl-5">
        {result.explanation.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <details>
        <summary className="cursor-pointer text-xs font-semibold text-slate-600">
          Clauses considered ({result.considered.length})
        </summary>
        <ul className="mt-2 space-y-2">
          {result.considered.map((c) => {
            const clause = getClause(c.id);
            return (
              <li key={c.id} className={c.matched ? "" : "opacity-60"}>
                <span
                  className={`mr-1 font-mono text-xs ${c.matched ? "font-bold text-indigo-700" : ""}`}
                >
                  {c.matched ? "✓" : "·"} {c.id}
                </span>
                <span>{clause.title}</span>
                <div className="text-xs text-slate-600">{c.fact}</div>
                <blockquote className="border-l-2 border-slate-300 pl-2 text-xs italic text-slate-600">
                  {clause.policyText}
                </blockquote>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
