import { inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { settings } from "@/db/schema";
import { calendarSchema, DEFAULT_CALENDAR, type Calendar } from "@/lib/policy";

export type PipelineSettings = { calendar: Calendar; autoSendReplies: boolean };

/**
 * How long the ingestion pipeline reuses the settings it read. A manager's
 * change to the working-day calendar or to "auto_send_replies" reaches emails
 * ingested by an already-running process within this many milliseconds
 * (emails are evaluated with the calendar they record in policy_evaluations,
 * so the lag is visible and auditable). Reviewer actions (correct, relink,
 * decide) never use this cache: they always read the settings fresh.
 */
export const PIPELINE_SETTINGS_TTL_MS = 5_000;

let cached: { value: PipelineSettings; expiresAt: number } | null = null;

/** The calendar and auto-send flag, both in one query, cached per process for PIPELINE_SETTINGS_TTL_MS. */
export async function pipelineSettings(
  db: Tx,
  nowMs: number = Date.now(),
): Promise<PipelineSettings> {
  if (cached && nowMs < cached.expiresAt) return cached.value;
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, ["calendar", "auto_send_replies"]));
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  // Same reading as db/queries/settings.ts (getCalendar / getBooleanSetting).
  const parsed = calendarSchema.safeParse(byKey.get("calendar"));
  const value: PipelineSettings = {
    calendar: parsed.success ? parsed.data : DEFAULT_CALENDAR,
    autoSendReplies: byKey.get("auto_send_replies") === true,
  };
  cached = { value, expiresAt: nowMs + PIPELINE_SETTINGS_TTL_MS };
  return value;
}

/** Forget the cached settings (tests; or a process that just changed them itself). */
export function invalidatePipelineSettings(): void {
  cached = null;
}
