import { getDb } from "@/db/client";
import { recentReplayPreviews } from "@/db/queries/replay/replay-previews";
import { getBooleanSetting, getCalendar, getFourEyesSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { ENGINE_VERSION } from "@/lib/policy";
import { timeZoneOptions } from "@/lib/settings/calendar-input";
import { AUTO_SEND_KEY } from "@/lib/settings/update-auto-send";
import { AutoSendForm } from "./auto-send-form";
import { FourEyesForm } from "./four-eyes-form";
import { minorToDecimal } from "@/lib/policy/money";
import { CalendarForm } from "./calendar-form";
import { PolicyReading } from "./policy-reading";
import { RecentPreviews } from "./recent-previews";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("settings.read");
  const canWrite = can(user.role, "settings.write");
  const db = getDb();
  // A server component renders once per request; the client preview counts its 14 days from this instant.
  // eslint-disable-next-line react-hooks/purity
  const nowMs = Date.now();
  const [calendar, autoSend, fourEyes, previews] = await Promise.all([
    getCalendar(db),
    getBooleanSetting(db, AUTO_SEND_KEY),
    getFourEyesSettings(db),
    canWrite ? recentReplayPreviews(db) : Promise.resolve([]),
  ]);
  const thresholdLines = Object.entries(fourEyes.perCurrency)
    .map(([c, m]) => `${c} ${minorToDecimal(m, c)}`)
    .join("\n");
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold">Settings</h1>
        {!canWrite && (
          <p className="text-sm text-slate-600" data-testid="settings-read-only">
            You can read these settings; only managers change them.
          </p>
        )}
      </div>
      <section className="card space-y-4" aria-labelledby="calendar-heading">
        <div>
          <h2 id="calendar-heading" className="font-semibold">
            Working-day calendar
          </h2>
          <p className="text-sm text-slate-600">
            Working days count the review deadline (SLA-REVIEW-2WD) and the balance credit deadline
            (SLA-BALANCE-5WD). Every evaluation records the calendar and engine version it used; new
            evaluations use the saved calendar.{" "}
            <span className="text-slate-600">Engine {ENGINE_VERSION}.</span>
          </p>
        </div>
        <CalendarForm
          saved={calendar}
          timeZones={timeZoneOptions()}
          canWrite={canWrite}
          nowMs={nowMs}
        />
        <RecentPreviews previews={previews} />
      </section>
      <section className="card space-y-3" aria-labelledby="replies-heading">
        <h2 id="replies-heading" className="font-semibold">
          Missing-information replies (REQ-INCOMPLETE)
        </h2>
        <AutoSendForm enabled={autoSend} canWrite={canWrite} />
      </section>
      <section className="card space-y-3" aria-labelledby="four-eyes-heading">
        <h2 id="four-eyes-heading" className="font-semibold">
          Four-eyes approval of direct refunds
        </h2>
        <FourEyesForm lines={thresholdLines} canWrite={canWrite} />
      </section>
      <section className="card space-y-3" aria-labelledby="reading-heading">
        <div>
          <h2 id="reading-heading" className="font-semibold">
            How Refund Desk reads the policy
          </h2>
          <p className="text-sm text-slate-600">
            Each clause the engine cites, the exact policy sentence it comes from, and every
            interpretation the product makes where the policy is silent.
          </p>
        </div>
        <PolicyReading />
      </section>
    </div>
  );
}
