import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getFourEyesSettings } from "@/db/queries/settings";
import { settings } from "@/db/schema";
import type { FourEyesSettings } from "@/lib/payouts/four-eyes";
import { writeSetting } from "./write-setting";

export const FOUR_EYES_KEY = "four_eyes";

export type UpdateFourEyesOptions = {
  actorId: string;
  /** Minor units per ISO currency; a currency left out falls back to 100.00 in that currency. */
  perCurrency: Record<string, number>;
};

/** Saves the four-eyes thresholds (audited with before/after); a no-op change is not audited. */
export async function updateFourEyes(
  db: Db,
  o: UpdateFourEyesOptions,
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    await tx
      .select({ key: settings.key })
      .from(settings)
      .where(eq(settings.key, FOUR_EYES_KEY))
      .for("update");
    const before = await getFourEyesSettings(tx);
    const after: FourEyesSettings = { perCurrency: o.perCurrency };
    if (JSON.stringify(before.perCurrency) === JSON.stringify(after.perCurrency))
      return { changed: false };
    await writeSetting(tx, {
      key: FOUR_EYES_KEY,
      before,
      after,
      actorId: o.actorId,
      action: "settings.four_eyes_updated",
    });
    return { changed: true };
  });
}
