import { getDb } from "@/db/client";
import { dataOverview, requestCountsByStatus } from "@/db/queries/overview";
import { requireUser } from "@/lib/auth/current-user";
import { Stat } from "@/app/components/stat";
import { parseReportFilters } from "@/db/queries/reports/report-filters";
import { decidingStaff } from "@/db/queries/users";
import { ReportShell } from "./components/report-shell";

export const metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireUser("reports.read");
  const db = getDb();
  const [o, byStatus, staff] = await Promise.all([
    dataOverview(db),
    requestCountsByStatus(db),
    decidingStaff(db),
  ]);
  return (
    <ReportShell path="/reports" title="Reports" filters={parseReportFilters({})} staff={staff}>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label="Customers" value={o.customers} />
        <Stat label="Orders" value={o.orders} />
        <Stat label="Emails received" value={o.emails} hint={`${o.quarantined} in quarantine`} />
        <Stat label="Refund requests" value={o.requests} />
      </div>
      <section className="card">
        <h2 className="mb-3 font-semibold">Requests by status</h2>
        <dl className="grid grid-cols-2 gap-2 text-sm md:grid-cols-5">
          {["awaiting_customer", "to_review", "decided", "paid", "closed"].map((s) => (
            <div key={s}>
              <dt className="text-slate-500">{s.replace("_", " ")}</dt>
              <dd className="text-lg font-semibold tabular-nums">{byStatus[s] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>
    </ReportShell>
  );
}
