import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getReplayPreview, listPreviewChanges } from "@/db/queries/replay/replay-previews";
import { getCalendar } from "@/db/queries/settings";
import { REPLAY_FIELDS, type ReplayPreviewScope } from "@/db/schema/replay-previews";
import { count, dateTime } from "@/app/components/format";
import { RefreshWhile } from "@/app/components/refresh-while";
import { requireUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { sameCalendar } from "@/lib/settings/calendar-input";
import { ChangesTable } from "./changes-table";
import { PreviewVerdict } from "./preview-verdict";
import { calendarChange, calendarText } from "./show-change";

export const metadata = { title: "Policy replay preview" };

const PAGE = 50;

const scopeText = (s: ReplayPreviewScope) =>
  `${s.status === "open" ? "Open requests" : "All requests"} received ${s.from} – ${s.to} (UTC)` +
  `${s.claim ? `, claim ${s.claim.replaceAll("_", " ")}` : ""}${s.productKind ? `, product ${s.productKind.replaceAll("_", " ")}` : ""}`;

/** One preview: its progress while the job runs, then every change side by side, paged. */
export default async function ReplayPreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("settings.write");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const sp = await searchParams;
  const afterRef = typeof sp.afterRef === "string" ? sp.afterRef : null;
  const afterField = REPLAY_FIELDS.find((f) => f === sp.afterField) ?? null;
  const db = getDb();
  const [preview, saved] = await Promise.all([getReplayPreview(db, id), getCalendar(db)]);
  if (!preview) notFound();
  const active = preview.status === "queued" || preview.status === "running";
  const page =
    preview.status === "done"
      ? await listPreviewChanges(db, id, {
          after: afterRef && afterField ? { ref: afterRef, field: afterField } : null,
          limit: PAGE,
        })
      : null;
  const edited = preview.calendarAfter;
  const zones = { before: preview.calendarBefore.timeZone, after: (edited ?? saved).timeZone };
  return (
    <div className="max-w-5xl space-y-4">
      <Link href="/settings" className="text-sm text-indigo-700 hover:underline">
        ← Settings
      </Link>
      <h1 className="text-xl font-semibold">Policy replay preview</h1>
      <RefreshWhile active={active} everyMs={1_000} />
      <section className="card space-y-1 text-sm" aria-label="What is previewed">
        <p>
          {edited
            ? "The edited calendar against the saved one, each request evaluated on its current facts"
            : `Engine ${preview.engineVersion} against the one each request was last evaluated with, on the same input`}
          {preview.mode === "calendar" && ` at ${dateTime(preview.evaluatedAt, zones.before)}`}.
        </p>
        <p>{scopeText(preview.scope)}.</p>
        {edited && (
          <p>
            Saved calendar: {calendarText(preview.calendarBefore)}.{" "}
            <b>Edit: {calendarChange(preview.calendarBefore, edited).join("; ")}.</b>
          </p>
        )}
        <p className="text-slate-600">
          Asked by {preview.requestedByName}, {dateTime(preview.createdAt)}.
        </p>
        {edited && !sameCalendar(saved, preview.calendarBefore) && !sameCalendar(saved, edited) && (
          <p role="note" className="text-orange-900">
            The saved calendar changed since this preview: preview again before saving.
          </p>
        )}
      </section>
      <section className="space-y-3" aria-label="Result">
        {active && (
          <div role="status" className="space-y-1 text-sm">
            <p>
              {preview.status === "queued"
                ? "Waiting for the job runner…"
                : `Compared ${count(preview.processed)} of ${count(preview.total ?? 0)} requests…`}
            </p>
            <progress className="w-full" value={preview.processed} max={preview.total ?? 1} />
          </div>
        )}
        {preview.status === "failed" && (
          <p role="alert" className="text-sm text-red-700">
            The preview {preview.error ?? "failed"}. Preview again, or tell an administrator.
          </p>
        )}
        {preview.status === "discarded" && <p className="text-sm">This preview was discarded.</p>}
        {page && (
          <>
            <p role="status" className="text-sm">
              {count(preview.changed)} of {count(preview.total ?? 0)} requests would change.{" "}
              <a className="text-indigo-700 hover:underline" href={`/settings/replay/${id}/export`}>
                Export CSV
              </a>
            </p>
            <ChangesTable rows={page.rows} zones={zones} />
            <nav className="flex gap-4 text-sm" aria-label="Pages">
              {afterRef && (
                <Link className="text-indigo-700 hover:underline" href={`/settings/replay/${id}`}>
                  First page
                </Link>
              )}
              {page.next && (
                <Link
                  className="text-indigo-700 hover:underline"
                  href={`/settings/replay/${id}?${new URLSearchParams({ afterRef: page.next.ref, afterField: page.next.field })}`}
                >
                  Next page
                </Link>
              )}
            </nav>
          </>
        )}
      </section>
      {preview.status !== "discarded" && (
        <PreviewVerdict
          previewId={id}
          calendar={edited}
          saved={edited !== null && sameCalendar(saved, edited)}
        />
      )}
    </div>
  );
}
