import { CLAUSE_KINDS, CLAUSES, INTERPRETATIONS, POLICY_NOTES } from "@/lib/policy";

const KIND_TITLE: Record<(typeof CLAUSE_KINDS)[number], string> = {
  gate: "Gate",
  bar: "Bars: win over everything below",
  entitlement: "Entitlements: the largest single amount is paid",
  denial: "Denials",
  payment: "Payment method and destination",
  deadline: "Deadlines",
};

/** Read-only: every clause, note and interpretation the engine applies, so managers can check the product's reading of the policy. */
export function PolicyReading() {
  return (
    <div className="space-y-6 text-sm">
      {CLAUSE_KINDS.map((kind) => (
        <div key={kind}>
          <h3 className="mb-2 font-semibold">{KIND_TITLE[kind]}</h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {CLAUSES.filter((c) => c.kind === kind).map((c) => (
              <li key={c.id} className="p-3" id={`clause-${c.id}`}>
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className="font-mono text-xs font-bold text-indigo-700">{c.id}</span>
                  <span className="font-medium">{c.title}</span>
                </div>
                <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-xs italic text-slate-600">
                  {c.policyText}
                </blockquote>
                {c.interpretation && (
                  <p className="mt-1 text-xs text-slate-700">
                    <span className="font-semibold">Interpretation:</span> {c.interpretation}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div>
        <h3 className="mb-2 font-semibold">Policy notes</h3>
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {POLICY_NOTES.map((n) => (
            <li key={n.id} className="p-3">
              <span className="font-mono text-xs font-bold text-slate-700">{n.id}</span>{" "}
              <span className="text-xs text-slate-500">relates to {n.relatesTo.join(", ")}</span>
              <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-xs italic text-slate-600">
                {n.policyText}
              </blockquote>
              <p className="mt-1 text-xs text-slate-700">
                <span className="font-semibold">Reading:</span> {n.reading}
              </p>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Interpretations where the policy is silent</h3>
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {INTERPRETATIONS.map((i) => (
            <li key={i.id} className="p-3">
              <span className="font-mono text-xs font-bold text-slate-700">{i.id}</span>{" "}
              {i.clauses.length > 0 && (
                <span className="text-xs text-slate-500">concerns {i.clauses.join(", ")}</span>
              )}
              <p className="mt-1 text-xs text-slate-700">{i.text}</p>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
