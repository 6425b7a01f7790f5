import Link from "next/link";
import type { recentReplayPreviews } from "@/db/queries/replay/replay-previews";
import { count, dateTime } from "@/app/components/format";

type Preview = Awaited<ReturnType<typeof recentReplayPreviews>>[number];

/** The latest replay previews (kept a week), each opening its page: one still running can be followed. */
export function RecentPreviews({ previews }: { previews: Preview[] }) {
  if (previews.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="font-medium">Recent previews</h3>
      <ul className="mt-1 space-y-0.5">
        {previews.map((p) => (
          <li key={p.id}>
            <Link className="text-indigo-700 hover:underline" href={`/settings/replay/${p.id}`}>
              {dateTime(p.createdAt)}
            </Link>{" "}
            {p.mode === "calendar" ? "edited calendar" : "engine"}, {p.scope.status} requests{" "}
            {p.scope.from} – {p.scope.to}, by {p.requestedByName}:{" "}
            {p.status === "done" ? `${count(p.changed)} would change` : p.status}
          </li>
        ))}
      </ul>
    </div>
  );
}
