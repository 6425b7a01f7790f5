import type { DecisionFilters } from "@/db/queries/decisions/decisions-filters";
import { DECISION_KINDS } from "@/lib/decisions/vocabulary";
import { PAYOUT_STATE_LABEL, PAYOUT_STATES } from "@/lib/payouts/vocabulary";
import { CLAUSE_IDS } from "@/lib/policy/clauses";
import { CLAIMS, ORDER_KINDS } from "@/lib/policy/vocabulary";

type Option = [value: string, label: string];

function Select(p: { label: string; name: string; value: string | undefined; options: Option[] }) {
  return (
    <label className="flex flex-col">
      {p.label}
      <select name={p.name} defaultValue={p.value ?? ""} className="input">
        <option value="">Any</option>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

const YES_NO: Option[] = [
  ["yes", "Yes"],
  ["no", "No"],
];
const same = (xs: readonly string[]): Option[] => xs.map((x) => [x, x.replace(/_/g, " ")]);
const major = (m: number | undefined) => (m === undefined ? "" : (m / 100).toFixed(2));

/** The decisions view's filters as a GET form: every view is a URL a manager can share. */
export function DecisionsFiltersForm({
  filters: f,
  staff,
}: {
  filters: DecisionFilters;
  staff: { id: string; name: string; active: boolean }[];
}) {
  return (
    <form
      className="card flex flex-wrap items-end gap-3 text-sm"
      method="get"
      aria-label="Decision filters"
    >
      <Select
        label="Reviewer"
        name="reviewer"
        value={f.reviewer}
        options={staff.map((s) => [s.id, s.active ? s.name : `${s.name} (former)`])}
      />
      <Select label="Outcome" name="kind" value={f.kind} options={same(DECISION_KINDS)} />
      <Select
        label="Clause"
        name="clause"
        value={f.clause}
        options={CLAUSE_IDS.map((c) => [c, c])}
      />
      <Select label="Override" name="override" value={f.override} options={YES_NO} />
      <Select label="Agrees with policy" name="agrees" value={f.agrees} options={YES_NO} />
      <Select
        label="Review SLA"
        name="sla"
        value={f.sla}
        options={[
          ["met", "Met"],
          ["missed", "Missed"],
        ]}
      />
      <Select
        label="Payout SLA"
        name="payoutSla"
        value={f.payoutSla}
        options={[
          ["met", "Met"],
          ["missed", "Missed"],
        ]}
      />
      <Select
        label="Payout"
        name="payout"
        value={f.payout}
        options={[
          ...PAYOUT_STATES.map((s): Option => [s, PAYOUT_STATE_LABEL[s]]),
          ["none", "No payout"],
        ]}
      />
      <Select
        label="Destination"
        name="destination"
        value={f.destination}
        options={[
          ["balance", "Balance"],
          ["direct", "Direct"],
        ]}
      />
      <Select label="Product" name="product" value={f.product} options={same(ORDER_KINDS)} />
      <Select label="Claim" name="claim" value={f.claim} options={same(CLAIMS)} />
      <Select label="In force" name="current" value={f.current} options={YES_NO} />
      <label className="flex flex-col">
        Currency
        <input
          name="currency"
          defaultValue={f.currency ?? ""}
          className="input w-20 uppercase"
          maxLength={3}
        />
      </label>
      <label className="flex flex-col">
        Amount from
        <input name="min" defaultValue={major(f.min)} className="input w-24" inputMode="decimal" />
      </label>
      <label className="flex flex-col">
        to
        <input name="max" defaultValue={major(f.max)} className="input w-24" inputMode="decimal" />
      </label>
      <label className="flex flex-col">
        Decided from
        <input type="date" name="from" defaultValue={f.from ?? ""} className="input" />
      </label>
      <label className="flex flex-col">
        to
        <input type="date" name="to" defaultValue={f.to ?? ""} className="input" />
      </label>
      <button type="submit" className="btn btn-primary">
        Filter
      </button>
      <a href="/decisions" className="btn">
        Clear
      </a>
    </form>
  );
}
