import type { PayoutFilters } from "@/db/queries/payouts";
import { PAYOUT_STATE_LABEL, PAYOUT_STATES } from "@/lib/payouts/vocabulary";

/** Filters as a GET form, so every view is a URL a manager can share. */
export function PayoutFiltersForm({ filters: f }: { filters: PayoutFilters }) {
  return (
    <form
      className="card flex flex-wrap items-end gap-3 text-sm"
      method="get"
      aria-label="Payout filters"
    >
      <label className="flex flex-col">
        State
        <select name="state" defaultValue={f.state ?? ""} className="input">
          <option value="">Any</option>
          {PAYOUT_STATES.map((s) => (
            <option key={s} value={s}>
              {PAYOUT_STATE_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Method
        <select name="destination" defaultValue={f.destination ?? ""} className="input">
          <option value="">Any</option>
          <option value="balance">Balance</option>
          <option value="direct">Direct</option>
          <option value="alternative">Direct, alternative method</option>
        </select>
      </label>
      <label className="flex flex-col">
        Currency
        <input
          name="currency"
          defaultValue={f.currency ?? ""}
          className="input w-20 uppercase"
          maxLength={3}
          placeholder="USD"
        />
      </label>
      <label className="flex flex-col">
        Due from
        <input type="date" name="dueFrom" defaultValue={f.dueFrom ?? ""} className="input" />
      </label>
      <label className="flex flex-col">
        Due to
        <input type="date" name="dueTo" defaultValue={f.dueTo ?? ""} className="input" />
      </label>
      <label className="flex items-center gap-1 self-center pt-4">
        <input type="checkbox" name="overdue" value="1" defaultChecked={!!f.overdue} /> Overdue only
      </label>
      <button type="submit" className="btn btn-primary">
        Filter
      </button>
      <a href="/payouts" className="btn">
        Clear
      </a>
    </form>
  );
}
