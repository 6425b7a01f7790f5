import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getBooleanSetting } from "@/db/queries/settings";
import { settings } from "@/db/schema";
import { writeSetting } from "./write-setting";
import { AppError } from "@/lib/server/app-error";

export const AUTO_SEND_KEY = "auto_send_replies";

export type UpdateAutoSendOptions = {
  /** The manager changing the setting; recorded on the row and in the audit log. */
  actorId: string;
  /** True: the REQ-INCOMPLETE "please send the missing details" reply goes out by itself; false: it waits as a draft. */
  enabled: boolean;
};

/** Turns the automatic missing-information reply on or off; a no-op change is not audited. */
export async function updateAutoSend(
  db: Db,
  opts: UpdateAutoSendOptions,
): Promise<{ changed: boolean; enabled: boolean }> {
  // Domain callers other than the action (scripts, tests) get the same guard as the form.
  if (typeof opts.enabled !== "boolean") {
    throw new AppError("INVALID_INPUT", {
      userMessage: "Choose on or off.",
      fieldErrors: { enabled: ["Choose on or off"] },
    });
  }
  const after = opts.enabled;
  return db.transaction(async (tx) => {
    await tx
      .select({ key: settings.key })
      .from(settings)
      .where(eq(settings.key, AUTO_SEND_KEY))
      .for("update");
    const before = await getBooleanSetting(tx, AUTO_SEND_KEY);
    if (before === after) return { changed: false, enabled: after };
    await writeSetting(tx, {
      key: AUTO_SEND_KEY,
      before,
      after,
      actorId: opts.actorId,
      action: "settings.auto_send_updated",
    });
    return { changed: true, enabled: after };
  });
}
