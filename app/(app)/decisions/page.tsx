import Link from "next/link";
import { getDb } from "@/db/client";
import {
  decisionFiltersToParams,
  parseDecisionFilters,
} from "@/db/queries/decisions/decisions-filters";
import { listDecisions } from "@/db/queries/decisions/list-decisions";
import { decidingStaff } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { DecisionsFiltersForm } from "./decisions-filters-form";
import { DecisionsTable } from "./decisions-table";

export const metadata = { title: "Decisions" };

export default async function DecisionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("decisions.audit");
  const f = parseDecisionFilters(await searchParams);
  const db = getDb();
  const [{ rows, nextCursor }, staff] = await Promise.all([
    listDecisions(db, f),
    decidingStaff(db),
  ]);
  const query = decisionFiltersToParams(f).toString();
  const withQuery = (path: string, extra = "") =>
    `${path}${query || extra ? "?" : ""}${query}${query && extra ? "&" : ""}${extra}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-xl font-semibold">Decisions</h1>
        <a className="btn" href={withQuery("/decisions/export")} download>
          Export CSV
        </a>
      </div>
      <DecisionsFiltersForm filters={f} staff={staff} />
      <DecisionsTable rows={rows} />
      <div className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {rows.length === 0 ? "No decisions match this view." : `Showing ${rows.length}`}
        </span>
        <span className="flex gap-2">
          {f.after && (
            <Link className="btn" href={withQuery("/decisions")}>
              First page
            </Link>
          )}
          {nextCursor && (
            <Link className="btn" href={withQuery("/decisions", `after=${nextCursor}`)}>
              Next page →
            </Link>
          )}
        </span>
      </div>
    </div>
  );
}
