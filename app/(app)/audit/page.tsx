import { getDb } from "@/db/client";
import Link from "next/link";
import {
  auditLogFiltersToParams,
  parseAuditLogFilters,
} from "@/db/queries/audit/audit-log-filters";
import { listAuditLog, namesForEntries } from "@/db/queries/audit/list-audit-log";
import { auditCounts, recentVerifications } from "@/db/queries/overview";
import { listUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { auditChainStatus } from "@/lib/audit/audit-verifications";
import { describeChainStatus, runResult } from "@/lib/audit/describe-chain-status";
import { count, dateTime } from "@/app/components/format";
import { Stat } from "@/app/components/stat";
import { AuditFiltersForm } from "./audit-filters-form";
import { AuditLogTable } from "./audit-log-table";
import { VerifyNowButton } from "./verify-now-button";

const STATUS_TEXT = {
  queued: "Queued",
  running: "Running",
  done: "Done",
  failed: "Failed",
} as const;

function duration(from: Date | null, to: Date | null): string {
  if (!from || !to) return "—";
  const ms = to.getTime() - from.getTime();
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export const metadata = { title: "Audit" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("audit.read");
  const f = parseAuditLogFilters(await searchParams);
  const query = auditLogFiltersToParams(f).toString();
  const db = getDb();
  // The page never walks the whole log: a worker does, daily or on request, and leaves a checkpoint;
  // here only the entries written since are checked.
  const [overview, log, chain, verifications, people] = await Promise.all([
    auditCounts(db),
    listAuditLog(db, f),
    auditChainStatus(db),
    recentVerifications(db, 10),
    listUsers(db),
  ]);
  const names = await namesForEntries(db, log.rows);
  const verdict = describeChainStatus(chain);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Audit</h1>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label="Audit entries" value={overview.auditEntries} />
        <Stat label="Decisions" value={overview.decisions} />
        <div className="md:col-span-2">
          <Stat label="Hash chain" value={verdict.value} hint={verdict.hint} />
        </div>
      </div>
      <section className="card space-y-3" aria-label="Chain verifications">
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="mr-auto font-semibold">Full verifications</h2>
          {can(user.role, "audit.verify") && (
            <VerifyNowButton active={chain.active?.status ?? null} />
          )}
        </div>
        <p className="text-sm text-slate-600">
          A full verification recomputes every entry&apos;s hash from the first one. The background
          worker runs one every day and whenever a manager asks; each leaves a checkpoint, and this
          page re-checks only the entries written after it.
        </p>
        {chain.activeStalled && chain.active && (
          <p role="alert" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
            Queued since {dateTime(chain.active.requestedAt)} and not started: the background worker
            (started by <code>npm start</code>) does not seem to be running.
          </p>
        )}
        {chain.lastFailure && (
          <p role="alert" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
            The verification requested {dateTime(chain.lastFailure.requestedAt)} did not finish:{" "}
            {chain.lastFailure.error ?? "unknown reason"}.
          </p>
        )}
        <table className="table" aria-label="Full verifications">
          <thead>
            <tr>
              <th>Requested</th>
              <th>By</th>
              <th>Status</th>
              <th>Result</th>
              <th className="text-right">Entries</th>
              <th className="text-right">Took</th>
            </tr>
          </thead>
          <tbody>
            {verifications.length === 0 && (
              <tr>
                <td colSpan={6} className="text-slate-500">
                  No full verification yet: the worker runs the first one within a minute of
                  starting.
                </td>
              </tr>
            )}
            {verifications.map((v) => (
              <tr key={v.id}>
                <td className="whitespace-nowrap">{dateTime(v.requestedAt)}</td>
                <td>{v.requestedByName ?? <span className="text-slate-500">Schedule</span>}</td>
                <td>{STATUS_TEXT[v.status]}</td>
                <td className={v.ok === false ? "font-semibold text-red-700" : ""}>
                  {runResult(v)}
                </td>
                <td className="text-right tabular-nums">
                  {v.checked === null ? "—" : count(v.checked)}
                </td>
                <td className="text-right tabular-nums">{duration(v.startedAt, v.finishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <AuditFiltersForm filters={f} people={people} />
      <div className="flex justify-end">
        <a className="btn" href={`/audit/export${query ? `?${query}` : ""}`} download>
          Export CSV
        </a>
      </div>
      <AuditLogTable rows={log.rows} names={names} />
      <div className="flex justify-end gap-2 text-sm">
        {f.before && (
          <Link className="btn" href={`/audit${query ? `?${query}` : ""}`}>
            Newest
          </Link>
        )}
        {log.nextBefore && (
          <Link className="btn" href={`/audit?${query ? `${query}&` : ""}before=${log.nextBefore}`}>
            Older →
          </Link>
        )}
      </div>
    </div>
  );
}
