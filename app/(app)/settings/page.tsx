import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireUser("settings.read");
  const [row] = await getDb().select().from(settings).where(eq(settings.key, "calendar"));
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Settings</h1>
      <section className="card">
        <h2 className="mb-2 font-semibold">Working-day calendar</h2>
        <pre className="text-sm">{JSON.stringify(row?.value ?? { timeZone: "UTC", weekendDays: [6, 0], holidays: [] }, null, 2)}</pre>
      </section>
    </div>
  );
}
