import Link from "next/link";
import { getDb } from "@/db/client";
import {
  missedAutomaticRefunds,
  recentAutomaticRuns,
  recoveries,
} from "@/db/queries/money-automation";
import { listPayouts, payoutFiltersSchema, payoutTotals } from "@/db/queries/payouts";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AutomationSection } from "./automation-section";
import { PayoutFiltersForm } from "./payout-filters-form";
import { PayoutTotals } from "./payout-totals";
import { PayoutsTable } from "./payouts-table";

export const metadata = { title: "Payouts" };

export default async function PayoutsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("payouts.read");
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const f = payoutFiltersSchema.parse(raw);
  const db = getDb();
  const now = new Date();
  const [page, totals, runs, missed, recovered] = await Promise.all([
    listPayouts(db, f, now),
    payoutTotals(db, f, now),
    recentAutomaticRuns(db),
    missedAutomaticRefunds(db, now),
    recoveries(db),
  ]);
  const params = new URLSearchParams(
    Object.entries(f).filter(([k, v]) => v && k !== "after") as [string, string][],
  );
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Payouts</h1>
      <PayoutFiltersForm filters={f} />
      <PayoutTotals totals={totals} />
      <PayoutsTable rows={page.rows} now={now} canManage={can(user.role, "payouts.manage")} />
      {page.next && (
        <Link
          className="btn"
          href={`/payouts?${new URLSearchParams([...params, ["after", page.next]])}`}
        >
          Older payouts →
        </Link>
      )}
      <AutomationSection runs={runs} missed={missed} recoveries={recovered} />
    </div>
  );
}
