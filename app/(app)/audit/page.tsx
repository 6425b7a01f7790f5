import { getDb } from "@/db/client";
import { dataOverview, recentAudit } from "@/db/queries/overview";
import { requireUser } from "@/lib/auth/current-user";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { Stat } from "@/app/components/stat";

export const metadata = { title: "Audit" };

export default async function AuditPage() {
  await requireUser("audit.read");
  const db = getDb();
  const [overview, entries, chain] = await Promise.all([dataOverview(db), recentAudit(db, 100), verifyAuditChain(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Audit</h1>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label="Audit entries" value={overview.auditEntries} />
        <Stat label="Decisions" value={overview.decisions} />
        <Stat
          label="Hash chain"
          value={chain.ok ? "Intact" : "Broken"}
          hint={
            chain.ok
              ? `${chain.checked} entries verified`
              : chain.firstBrokenId !== null
                ? `First broken entry #${chain.firstBrokenId}`
                : "Entries missing at the end of the log (chain head does not match)"
          }
        />
      </div>
      <section className="card overflow-x-auto p-0">
        <table className="table" aria-label="Audit log">
          <thead>
            <tr><th>#</th><th>When</th><th>Action</th><th>Entity</th><th>Details</th></tr>
          </thead>
          <tbody>
            {entries.length === 0 && (
              <tr><td colSpan={5} className="text-slate-500">No audited actions yet.</td></tr>
            )}
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="tabular-nums text-slate-500">{e.id}</td>
                <td className="whitespace-nowrap">{e.at.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td className="font-mono text-xs">{e.action}</td>
                <td className="font-mono text-xs">{e.entityType}:{e.entityId.slice(0, 8)}</td>
                <td className="max-w-md truncate font-mono text-xs text-slate-600">{JSON.stringify(e.data)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
