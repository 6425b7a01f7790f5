import { requireUser } from "@/lib/auth/current-user";
import { timeZoneOptions } from "@/lib/settings/calendar-input";
import { Simulator } from "./simulator";

export const metadata = { title: "Policy simulator" };

export default async function SimulatorPage() {
  await requireUser("policy.simulate");
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Policy simulator</h1>
        <p className="text-sm text-slate-600">
          Describe a case and see what the refund policy engine decides, with every clause it
          considered and the deadlines on the working-day calendar. Nothing is stored. Times are
          entered in UTC.
        </p>
      </div>
      {/* The server's clock and zone list, so the first render matches on server and client. */}
      <Simulator initialNow={new Date().toISOString()} timeZones={timeZoneOptions()} />
    </div>
  );
}
