import type { AuditLogFilters } from "@/db/queries/audit/audit-log-filters";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";

/** The audit log's filters as a GET form: every view is a URL. */
export function AuditFiltersForm({
  filters: f,
  people,
}: {
  filters: AuditLogFilters;
  people: { id: string; name: string }[];
}) {
  return (
    <form
      className="card flex flex-wrap items-end gap-3 text-sm"
      method="get"
      aria-label="Audit filters"
    >
      <label className="flex flex-col">
        Who
        <select name="actor" defaultValue={f.actor ?? ""} className="input">
          <option value="">Anyone</option>
          <option value="system">System and jobs</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Action
        <select name="action" defaultValue={f.action ?? ""} className="input">
          <option value="">Any</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Request
        <input
          name="request"
          defaultValue={f.request ?? ""}
          className="input w-40 font-mono"
          placeholder="RR-2026-000123"
        />
      </label>
      <label className="flex flex-col">
        From
        <input type="date" name="from" defaultValue={f.from ?? ""} className="input" />
      </label>
      <label className="flex flex-col">
        To
        <input type="date" name="to" defaultValue={f.to ?? ""} className="input" />
      </label>
      <button type="submit" className="btn btn-primary">
        Filter
      </button>
      <a href="/audit" className="btn">
        Clear
      </a>
    </form>
  );
}
