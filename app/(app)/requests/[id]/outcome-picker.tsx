"use client";

import type { DecisionKind } from "@/lib/decisions/vocabulary";

const KINDS: [DecisionKind, string][] = [
  ["approve", "Approve"],
  ["partial", "Partial"],
  ["deny", "Deny"],
  ["request_info", "Request information"],
];

/** The four outcomes as radio buttons styled as buttons; the recommended one is marked. */
export function OutcomePicker(p: {
  kind: DecisionKind;
  recommended: DecisionKind | null;
  onKind: (k: DecisionKind) => void;
}) {
  return (
    <fieldset className="flex flex-wrap gap-2">
      <legend className="sr-only">Outcome</legend>
      {KINDS.map(([k, label]) => (
        <label
          key={k}
          className={`btn cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 ${p.kind === k ? "border-indigo-600 ring-1 ring-indigo-600" : ""}`}
        >
          <input
            type="radio"
            name="kind"
            value={k}
            checked={p.kind === k}
            onChange={() => p.onKind(k)}
            className="sr-only"
          />
          {label}
          {p.recommended === k && (
            <span className="ml-1 text-xs text-slate-600">(recommended)</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
