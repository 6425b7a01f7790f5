import { getDb } from "@/db/client";
import { dataOverview, requestCountsByStatus } from "@/db/queries/overview";
import { requireUser } from "@/lib/auth/current-user";
import { Stat } from "@/app/components/stat";

export const metadata = { title: "Queue" };

export default async function QueuePage() {
  await requireUser("queue.read");
  const db = getDb();
  const [counts, o] = await Promise.all([requestCountsByStatus(db), dataOverview(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Queue</h1>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
        <Stat label="To review" value={counts.to_review ?? 0} />
        <Stat label="Awaiting customer" value={counts.awaiting_customer ?? 0} />
        <Stat label="Decided" value={counts.decided ?? 0} />
        <Stat label="Paid" value={counts.paid ?? 0} />
        <Stat label="Closed" value={counts.closed ?? 0} />
      </div>
      <p className="text-sm text-slate-600">
        {o.customers} customers, {o.orders} orders and {o.emails} received emails on file.
      </p>
    </div>
  );
}
