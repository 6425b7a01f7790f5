import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { settings } from "@/db/schema";
import type { Calendar } from "@/lib/policy";
import { wakeJob } from "@/lib/jobs/wake-job";
import { writeSetting } from "./write-setting";
import { AppError } from "@/lib/server/app-error";
import { checkCalendar, sameCalendar } from "./calendar-input";
import { recomputeDeadlines, type RecomputedDeadlines } from "./recompute-deadlines";

export const CALENDAR_KEY = "calendar";

export type UpdateCalendarOptions = {
  /** The manager saving the calendar; recorded on the row and in the audit log. */
  actorId: string;
  /** The new calendar as typed; validated here so every caller gets the same rules. */
  calendar: unknown;
};

export type UpdateCalendarResult = {
  changed: boolean;
  calendar: Calendar;
  /** Deadlines of open requests and payouts moved to the new calendar. */
  recomputed: RecomputedDeadlines;
};

/**
 * Saves the working-day calendar new evaluations use (SLA-REVIEW-2WD,
 * SLA-BALANCE-5WD), and moves the deadlines still running (requests in review, open payouts)
 * to it, audited. Past evaluations keep the calendar they recorded.
 * Saving the calendar already in effect changes nothing and is not audited.
 */
export async function updateCalendar(
  db: Db,
  opts: UpdateCalendarOptions,
): Promise<UpdateCalendarResult> {
  const checked = checkCalendar(opts.calendar);
  if (!checked.ok) {
    throw new AppError("INVALID_INPUT", {
      userMessage: "The calendar was not saved: please correct the highlighted fields.",
      fieldErrors: checked.fieldErrors,
    });
  }
  const after = checked.calendar;
  return db.transaction(async (tx) => {
    // Lock the row so two managers saving at once are audited in order, each with the true "before".
    await tx
      .select({ key: settings.key })
      .from(settings)
      .where(eq(settings.key, CALENDAR_KEY))
      .for("update");
    const before = await getCalendar(tx);
    if (sameCalendar(before, after))
      return { changed: false, calendar: before, recomputed: { reviewBy: 0, payoutDueBy: 0 } };
    // Open deadlines follow the calendar in the same transaction: nothing is judged by the old one after this commits.
    const recomputed = await recomputeDeadlines(tx, after);
    await writeSetting(tx, {
      key: CALENDAR_KEY,
      before,
      after,
      actorId: opts.actorId,
      action: "settings.calendar_updated",
      consequences: { deadlinesRecomputed: recomputed },
    });
    // Open requests are re-evaluated with the new calendar by the replay job, once this commits.
    await wakeJob(tx, "replay-policy", {});
    return { changed: true, calendar: after, recomputed };
  });
}
