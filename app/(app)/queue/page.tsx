import Link from "next/link";
import { getDb } from "@/db/client";
import { loadQueueView } from "@/db/queries/queue-view";
import { assignableStaff } from "@/db/queries/users";
import { parseQueueFilters, QUEUE_TABS, queueSearchError } from "@/db/queries/queue-filters";
import { queueHref } from "./queue-href";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { count, STATUS_LABEL } from "@/app/components/format";
import { LiveQueue } from "./live-queue";
import { NextRequestButton } from "./next-request-button";
import { QueueFiltersForm } from "./queue-filters-form";
import { QueueTable } from "./queue-table";
import { UploadEmailsForm } from "./upload-emails-form";

export const metadata = { title: "Queue" };

const NO_ROWS = {
  rows: [],
  nextCursor: null,
  counts: {} as Record<string, number>,
  capped: [] as string[],
};

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("queue.read");
  const f = parseQueueFilters(await searchParams);
  const db = getDb();
  const now = new Date();
  const canAssignOthers = can(user.role, "requests.assign_others");
  // A search the queue cannot run shows its error and no rows, never the whole queue.
  const searchError = queueSearchError(f.q);
  const [{ rows, nextCursor, counts, capped }, staff] = await Promise.all([
    searchError ? NO_ROWS : loadQueueView(db, f, user.id, now),
    // Only managers hand requests to others: nobody else needs the staff list.
    canAssignOthers ? assignableStaff(db) : [],
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">Queue</h1>
        <span className="mr-auto">
          <LiveQueue />
        </span>
        {can(user.role, "emails.upload") && <UploadEmailsForm />}
        {can(user.role, "requests.assign") && <NextRequestButton />}
      </div>
      <nav aria-label="Queue tabs" className="flex flex-wrap gap-1 border-b border-slate-200">
        {QUEUE_TABS.map((t) => (
          <Link
            key={t}
            href={queueHref(f, { tab: t })}
            aria-current={f.tab === t ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${f.tab === t ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {STATUS_LABEL[t]}{" "}
            <span
              className="ml-1 rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-600"
              data-testid={`count-${t}`}
            >
              {count(counts[t] ?? 0)}
              {capped.includes(t) ? "+" : ""}
            </span>
          </Link>
        ))}
      </nav>
      <QueueFiltersForm filters={f} searchError={searchError} />
      <QueueTable
        // Another view or page starts with nothing ticked.
        key={`${queueHref(f, {})}|${f.after ?? ""}`}
        now={now.toISOString()}
        bulk={
          can(user.role, "requests.assign")
            ? { canAssignOthers, canDecide: can(user.role, "decisions.write"), staff }
            : null
        }
        showDecision={["decided", "paid", "closed", "all"].includes(f.tab)}
        rows={rows.map((r) => ({
          ...r,
          decidedAt: r.decidedAt?.toISOString() ?? null,
          receivedAt: r.receivedAt.toISOString(),
          reviewBy: r.reviewBy?.toISOString() ?? null,
          payoutDueBy: r.payoutDueBy?.toISOString() ?? null,
          mine: r.assigneeId === user.id,
        }))}
      />
      <div className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {rows.length === 0
            ? "No requests match this view."
            : `Showing ${rows.length} ${rows.length === 1 ? "request" : "requests"}`}
        </span>
        <span className="flex gap-2">
          {f.after && (
            <Link className="btn" href={queueHref(f, {})}>
              First page
            </Link>
          )}
          {nextCursor && (
            <Link
              className="btn"
              href={`${queueHref(f, {})}${queueHref(f, {}).includes("?") ? "&" : "?"}after=${nextCursor}`}
            >
              Next page →
            </Link>
          )}
        </span>
      </div>
    </div>
  );
}
