"use client";

import { useRef, useState } from "react";
import { FieldError } from "@/app/components/field-error";
import type { DecisionKind } from "@/lib/decisions/vocabulary";
import { CLAUSE_IDS, getClause, type ClauseId, type ClauseKind } from "@/lib/policy/clauses";

const GROUPS: { title: string; kinds: ClauseKind[] }[] = [
  { title: "Entitlements", kinds: ["entitlement"] },
  { title: "Bars", kinds: ["bar"] },
  { title: "Denials", kinds: ["denial"] },
  { title: "Completeness, payment and deadlines", kinds: ["gate", "payment", "deadline"] },
];
// The groups that fit the outcome come first (the server checks the fit again: checkClauseFit).
const FIRST: Record<DecisionKind, string[]> = {
  approve: ["Entitlements"],
  partial: ["Entitlements"],
  deny: ["Bars", "Denials"],
  request_info: ["Completeness, payment and deadlines"],
};

type Props = {
  kind: DecisionKind;
  clauses: ClauseId[];
  onClauses: (c: ClauseId[]) => void;
  /** Managers may decide on "no clause: manager's discretion" (with a justification). */
  canUseDiscretion: boolean;
  discretion: boolean;
  onDiscretion: (on: boolean) => void;
  errors?: string[];
};

const matches = (id: ClauseId, words: string[]) => {
  const c = getClause(id);
  const text = `${id} ${c.title} ${c.policyText}`.toLowerCase();
  return words.every((w) => text.includes(w));
};

/**
 * The clauses a decision cites, as checkboxes grouped by kind with each
 * clause's title and policy sentence; a search box filters them (Enter ticks
 * the first match, arrow keys move between clauses). Filtered-out clauses stay
 * in the form, so a search never drops a ticked clause.
 */
export function ClausePicker(p: Props) {
  const [query, setQuery] = useState("");
  const list = useRef<HTMLDivElement>(null);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = [...GROUPS].sort(
    (a, b) => Number(FIRST[p.kind].includes(b.title)) - Number(FIRST[p.kind].includes(a.title)),
  );
  const visible = () =>
    Array.from(
      list.current?.querySelectorAll<HTMLInputElement>("input:not([disabled])") ?? [],
    ).filter((i) => !i.closest("[hidden]"));
  const toggle = (id: ClauseId, on: boolean) =>
    p.onClauses(
      on
        ? CLAUSE_IDS.filter((c) => c === id || p.clauses.includes(c))
        : p.clauses.filter((c) => c !== id),
    );
  const onListKey = (e: React.KeyboardEvent) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    const inputs = visible();
    const at = inputs.findIndex((i) => i === document.activeElement);
    inputs[
      Math.max(0, Math.min(inputs.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))
    ]?.focus();
  };
  return (
    <fieldset className="space-y-1">
      <legend className="label">Policy clauses</legend>
      <p className="text-xs text-slate-700" data-testid="cited-clauses">
        {p.discretion
          ? "None: manager's discretion"
          : p.clauses.length
            ? `Cited: ${p.clauses.join(", ")}`
            : "None cited yet"}
      </p>
      <input
        type="search"
        className="input py-1 text-xs"
        aria-label="Search clauses"
        placeholder="Search by id, title or policy text; Enter ticks the first match"
        value={query}
        disabled={p.discretion}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setQuery("");
          if (e.key === "ArrowDown") {
            e.preventDefault();
            visible()[0]?.focus();
          }
          if (e.key === "Enter") {
            // Enter here ticks a clause; it must not submit the decision.
            e.preventDefault();
            const first = CLAUSE_IDS.find((id) => words.length > 0 && matches(id, words));
            if (first) toggle(first, !p.clauses.includes(first));
          }
        }}
      />
      <div
        ref={list}
        onKeyDown={onListKey}
        className="max-h-64 space-y-2 overflow-y-auto rounded border border-slate-200 p-2"
      >
        {groups.map((g) => {
          const ids = CLAUSE_IDS.filter((id) => g.kinds.includes(getClause(id).kind));
          const shown = ids.filter((id) => matches(id, words));
          return (
            <fieldset key={g.title} hidden={shown.length === 0}>
              <legend className="text-xs font-semibold text-slate-700">{g.title}</legend>
              {ids.map((id) => {
                const c = getClause(id);
                return (
                  <label
                    key={id}
                    hidden={!shown.includes(id)}
                    className="flex items-start gap-2 py-0.5"
                  >
                    <input
                      type="checkbox"
                      name="clauses"
                      value={id}
                      className="mt-1"
                      disabled={p.discretion}
                      checked={!p.discretion && p.clauses.includes(id)}
                      onChange={(e) => toggle(id, e.target.checked)}
                    />
                    <span className="min-w-0 text-xs">
                      <span className="font-mono font-semibold">{id}</span> {c.title}
                      <span className="line-clamp-2 block italic text-slate-600">
                        {c.policyText}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>
          );
        })}
      </div>
      {p.canUseDiscretion && (
        <label className="flex items-center gap-2 text-xs">
          <input
            type="checkbox"
            name="discretion"
            checked={p.discretion}
            onChange={(e) => p.onDiscretion(e.target.checked)}
          />
          No clause: manager&apos;s discretion (write the justification below)
        </label>
      )}
      <FieldError errors={p.errors} />
    </fieldset>
  );
}
