"use client";

import { FieldError } from "@/app/components/field-error";
import { clauseChoices } from "@/lib/decisions/default-clauses";
import type { DecisionKind } from "@/lib/decisions/vocabulary";
import { CLAUSE_IDS, type ClauseId } from "@/lib/policy/clauses";

const isClauseId = (v: string): v is ClauseId => CLAUSE_IDS.some((id) => id === v);

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

/**
 * The clauses a decision cites: those that fit the chosen outcome are listed
 * first; the server checks the fit again (checkClauseFit). With the
 * manager's discretion no clause is cited and the reply quotes none.
 */
export function ClausePicker(p: Props) {
  const choices = clauseChoices(p.kind);
  return (
    <div>
      <label className="label" htmlFor="d-clauses">
        Policy clauses
      </label>
      <select
        id="d-clauses"
        name="clauses"
        multiple
        disabled={p.discretion}
        value={p.discretion ? [] : p.clauses}
        onChange={(e) =>
          p.onClauses(Array.from(e.target.selectedOptions, (o) => o.value).filter(isClauseId))
        }
        className="input h-28 font-mono text-xs"
      >
        <optgroup label={`Fits ${p.kind.replace("_", " ")}`}>
          {choices
            .filter((c) => c.fits)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
        </optgroup>
        <optgroup label="Other clauses">
          {choices
            .filter((c) => !c.fits)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
              </option>
            ))}
        </optgroup>
      </select>
      {p.canUseDiscretion && (
        <label className="mt-1 flex items-center gap-2 text-xs">
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
    </div>
  );
}
