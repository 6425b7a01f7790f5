import Link from "next/link";
import type { QueueFilters } from "@/db/queries/queue-filters";
import { CLAUSE_IDS, getClause } from "@/lib/policy/clauses";
import { ORDER_KINDS, OUTCOMES } from "@/lib/policy/vocabulary";
import { PRODUCT_LABEL } from "@/app/components/format";

const major = (m: number | undefined) => (m === undefined ? "" : (m / 100).toFixed(2));

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
}) {
  return (
    <div>
      <label className="label" htmlFor={`f-${name}`}>
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className="input">
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: every filter lands in the URL, so views can be bookmarked and shared. */
export function QueueFiltersForm(props: { filters: QueueFilters; searchError: string | null }) {
  const { filters: f, searchError } = props;
  const active =
    [f.product, f.rec, f.clause, f.sla, f.currency, f.reply, f.min, f.max, f.from, f.to].filter(
      (v) => v !== undefined,
    ).length + (f.assignee !== "anyone" ? 1 : 0);
  return (
    <form method="get" action="/queue" className="card space-y-3" aria-label="Filters">
      <input type="hidden" name="tab" value={f.tab} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label className="label" htmlFor="queue-search">
            Search
          </label>
          <input
            id="queue-search"
            name="q"
            defaultValue={f.q ?? ""}
            className="input"
            placeholder="Name, 10 or RR-2026-000010, ORD-…, phone, email, or words (press /)"
            aria-invalid={searchError ? true : undefined}
            aria-describedby={searchError ? "queue-search-error" : undefined}
          />
          {searchError && (
            <p id="queue-search-error" role="alert" className="mt-1 text-xs text-red-700">
              {searchError}
            </p>
          )}
        </div>
        <div className="w-44">
          <Select
            name="sort"
            label="Sort by"
            value={f.sort}
            options={[
              ["due", "Due time"],
              ["received", "Newest received"],
              ["amount", "Largest amount (per currency)"],
            ]}
          />
        </div>
        <button type="submit" className="btn btn-primary">
          Apply
        </button>
        <Link href={`/queue?tab=${f.tab}`} className="btn">
          Clear
        </Link>
      </div>
      {/* Open when a filter is in use, so a shared link shows what it filters by. */}
      <details open={active > 0}>
        <summary className="cursor-pointer text-xs font-semibold text-slate-600">
          Filters{active > 0 ? ` (${active} in use)` : ""}
        </summary>
        <div className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-6">
          <Select
            name="product"
            label="Product"
            value={f.product}
            options={[
              ["", "Any"],
              ...ORDER_KINDS.map((k): [string, string] => [k, PRODUCT_LABEL[k] ?? k]),
            ]}
          />
          <Select
            name="rec"
            label="Recommendation"
            value={f.rec}
            options={[
              ["", "Any"],
              ...OUTCOMES.map((o): [string, string] => [o, o.replace("_", " ")]),
            ]}
          />
          <Select
            name="clause"
            label="Clause"
            value={f.clause}
            options={[
              ["", "Any"],
              ...CLAUSE_IDS.map((c): [string, string] => [c, `${c}: ${getClause(c).title}`]),
            ]}
          />
          <Select
            name="sla"
            label="SLA"
            value={f.sla}
            options={[
              ["", "Any"],
              ["overdue", "Overdue"],
              ["today", "Due today"],
              ["later", "Later"],
            ]}
          />
          <Select
            name="reply"
            label="Reply to the customer"
            value={f.reply}
            options={[
              ["", "Any"],
              ["draft", "Not sent (draft)"],
              ["sent", "Sent or queued"],
            ]}
          />
          <Select
            name="assignee"
            label="Assignee"
            value={f.assignee}
            options={[
              ["anyone", "Anyone"],
              ["me", "Me"],
              ["unassigned", "Unassigned"],
            ]}
          />
          <div>
            <label className="label" htmlFor="f-currency">
              Currency
            </label>
            <input
              id="f-currency"
              name="currency"
              defaultValue={f.currency ?? ""}
              className="input"
              placeholder="USD"
              maxLength={3}
            />
          </div>
          <div>
            <label className="label" htmlFor="f-min">
              Amount from
            </label>
            <input
              id="f-min"
              name="min"
              defaultValue={major(f.min)}
              className="input"
              inputMode="decimal"
            />
          </div>
          <div>
            <label className="label" htmlFor="f-max">
              Amount to
            </label>
            <input
              id="f-max"
              name="max"
              defaultValue={major(f.max)}
              className="input"
              inputMode="decimal"
            />
          </div>
          <div>
            <label className="label" htmlFor="f-from">
              Received from
            </label>
            <input
              id="f-from"
              type="date"
              name="from"
              defaultValue={f.from ?? ""}
              className="input"
            />
          </div>
          <div>
            <label className="label" htmlFor="f-to">
              Received to
            </label>
            <input id="f-to" type="date" name="to" defaultValue={f.to ?? ""} className="input" />
          </div>
        </div>
      </details>
    </form>
  );
}
