import { getClause, type ConsideredClause } from "@/lib/policy";

/** Every clause the engine checked, matched or not, with the policy sentence and the product's reading. */
export function ConsideredClauses({ considered }: { considered: ConsideredClause[] }) {
  const matched = considered.filter((c) => c.matched).length;
  return (
    <section className="card text-sm" aria-labelledby="considered-heading">
      <h3 id="considered-heading" className="font-semibold">
        Clauses considered ({considered.length}, {matched} matched)
      </h3>
      <ul className="mt-2 divide-y divide-slate-100" data-testid="sim-considered">
        {considered.map((c) => {
          const clause = getClause(c.id);
          return (
            <li key={c.id} className="py-2" data-testid={`clause-${c.id}`} data-matched={c.matched}>
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span
                  aria-label={c.matched ? "matched" : "not matched"}
                  className={c.matched ? "font-bold text-green-700" : "text-slate-600"}
                >
                  {c.matched ? "✓" : "·"}
                </span>
                <span
                  className={`font-mono text-xs ${c.matched ? "font-bold text-indigo-700" : "text-slate-600"}`}
                >
                  {c.id}
                </span>
                <span className="rounded bg-slate-100 px-1 text-xs text-slate-600">
                  {clause.kind}
                </span>
                <span className={c.matched ? "font-medium" : "text-slate-700"}>{clause.title}</span>
              </div>
              <p className="mt-0.5 text-xs text-slate-700">Fact: {c.fact}</p>
              <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-xs italic text-slate-600">
                {clause.policyText}
              </blockquote>
              {clause.interpretation && (
                <p className="mt-1 text-xs text-slate-500">
                  <span className="font-semibold">Interpretation:</span> {clause.interpretation}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
