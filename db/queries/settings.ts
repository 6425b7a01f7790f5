import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { settings } from "../schema";
import { calendarSchema, DEFAULT_CALENDAR, type Calendar } from "@/lib/policy";
import {
  DEFAULT_FOUR_EYES,
  fourEyesSettingsSchema,
  type FourEyesSettings,
} from "@/lib/payouts/four-eyes";

/** The working-day calendar managers edit; the default when none is saved. */
export async function getCalendar(db: Tx): Promise<Calendar> {
  const [row] = await db.select().from(settings).where(eq(settings.key, "calendar")).limit(1);
  const parsed = calendarSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_CALENDAR;
}

export async function getBooleanSetting(db: Tx, key: string): Promise<boolean> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key)).limit(1);
  return row?.value === true;
}

/** Four-eyes thresholds per currency (the default, 100.00 in each currency, when none is saved). */
export async function getFourEyesSettings(db: Tx): Promise<FourEyesSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, "four_eyes")).limit(1);
  const parsed = fourEyesSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_FOUR_EYES;
}

/** Share (0–100 %) of each bulk decision set aside for a second reviewer; 10 when none is saved. */
export async function getBulkSamplePercent(db: Tx): Promise<number> {
  const [row] = await db
    .select()
    .from(settings)
    .where(eq(settings.key, "bulk_sample_percent"))
    .limit(1);
  const v = row?.value;
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 100 ? v : 10;
}
