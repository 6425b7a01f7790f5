import type { Db } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { replayPreviews, type ReplayPreviewMode, type ReplayPreviewScope } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { wakeJob } from "@/lib/jobs/wake-job";
import { ENGINE_VERSION } from "@/lib/policy";
import { AppError } from "@/lib/server/app-error";
import { checkCalendar, sameCalendar } from "@/lib/settings/calendar-input";

export type RequestReplayPreviewOptions = {
  /** The manager asking; recorded on the preview and in the audit log. */
  managerId: string;
  mode: ReplayPreviewMode;
  scope: ReplayPreviewScope;
  /** Calendar mode: the edited calendar as typed, checked by the rules saving it uses. */
  calendar?: unknown;
  /** The instant both sides are evaluated at (default now). */
  now?: Date;
};

/**
 * A manager's "preview the effect": records what is previewed (the scope, the saved calendar
 * and the edited one, or the engine), audits who asked, and wakes the preview job at commit.
 * Nothing about the requests is written, now or by the job, besides the preview's own rows.
 */
export async function requestReplayPreview(
  db: Db,
  o: RequestReplayPreviewOptions,
): Promise<{ previewId: string }> {
  if (o.scope.from > o.scope.to)
    throw new AppError("INVALID_INPUT", {
      userMessage: "The period ends before it starts.",
      fieldErrors: { to: ["End on or after the start"] },
    });
  let after = null;
  if (o.mode === "calendar") {
    const checked = checkCalendar(o.calendar);
    if (!checked.ok)
      throw new AppError("INVALID_INPUT", {
        userMessage: "Nothing was previewed: please correct the highlighted fields.",
        fieldErrors: checked.fieldErrors,
      });
    after = checked.calendar;
  }
  return db.transaction(async (tx) => {
    const before = await getCalendar(tx);
    if (after && sameCalendar(before, after))
      throw new AppError("INVALID_INPUT", {
        userMessage: "This is the saved calendar: change it first, then preview the effect.",
      });
    const [preview] = await tx
      .insert(replayPreviews)
      .values({
        requestedBy: o.managerId,
        mode: o.mode,
        scope: o.scope,
        calendarBefore: before,
        calendarAfter: after,
        engineVersion: ENGINE_VERSION,
        evaluatedAt: o.now ?? new Date(),
      })
      .returning({ id: replayPreviews.id });
    const previewId = preview!.id;
    await wakeJob(tx, "preview-replay", { previewId });
    await recordAudit(tx, {
      actorId: o.managerId,
      action: "replay.previewed",
      entityType: "replay_preview",
      entityId: previewId,
      data: {
        mode: o.mode,
        scope: o.scope,
        calendarBefore: before,
        calendarAfter: after,
        engineVersion: ENGINE_VERSION,
      },
    });
    return { previewId };
  });
}
