"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { discardReplayPreviewAction } from "@/app/actions/settings/discard-replay-preview-action";
import { updateCalendarAction } from "@/app/actions/settings/update-calendar-action";
import type { Calendar } from "@/lib/policy";

/**
 * After the preview: save the previewed calendar through the calendar's own save (which moves
 * the running deadlines and wakes the real replay), or discard the preview and keep the saved one.
 */
export function PreviewVerdict({
  previewId,
  calendar,
  saved,
}: {
  previewId: string;
  /** The previewed calendar; null in engine mode (nothing to save). */
  calendar: Calendar | null;
  /** Whether the previewed calendar is the one saved now. */
  saved: boolean;
}) {
  const router = useRouter();
  const [state, save, saving] = useActionState(updateCalendarAction, null);
  const [discarding, startDiscard] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <form action={save} className="flex flex-wrap items-center gap-3" aria-label="Save or discard">
      {calendar && (
        <>
          <input type="hidden" name="timeZone" value={calendar.timeZone} />
          {calendar.weekendDays.map((d) => (
            <input key={d} type="hidden" name="weekendDays" value={d} />
          ))}
          <input type="hidden" name="holidays" value={calendar.holidays.join("\n")} />
          <button type="submit" className="btn btn-primary" disabled={saving || saved || state?.ok}>
            {saved || state?.ok ? "Calendar saved" : "Save this calendar"}
          </button>
        </>
      )}
      <button
        type="button"
        className="btn"
        disabled={discarding || saving || state?.ok}
        onClick={() =>
          startDiscard(async () => {
            const r = await discardReplayPreviewAction({ previewId });
            if (r.ok) router.push("/settings");
            else setError(r.message);
          })
        }
      >
        Discard
      </button>
      {state?.ok && (
        <p role="status" className="text-sm text-green-800">
          {state.data.changed
            ? "Calendar saved. Open requests are being re-evaluated with it."
            : "No change: this calendar is already in effect."}
        </p>
      )}
      {((state && !state.ok) || error) && (
        <p role="alert" className="text-sm text-red-700">
          {error ?? (state && !state.ok ? state.message : "")}
        </p>
      )}
    </form>
  );
}
