"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { parseMajorAmount } from "@/lib/decisions/decision-schema";
import { minorDigits } from "@/lib/policy/money";
import { action } from "@/lib/server/action";
import { updateFourEyes } from "@/lib/settings/update-four-eyes";

const isoCurrencies = new Set(Intl.supportedValuesOf("currency"));

/** "USD 250.00" lines → minor units per currency, each line checked. */
const updateFourEyesSchema = z.object({
  thresholds: z
    .string()
    .max(2000)
    .transform((text, ctx) => {
      const out: Record<string, number> = {};
      for (const [i, line] of text.split(/\r?\n/).entries()) {
        const t = line.trim();
        if (!t) continue;
        const m = /^([A-Za-z]{3})\s+(\S+)$/.exec(t);
        const currency = m?.[1]?.toUpperCase() ?? "";
        const minor =
          m && isoCurrencies.has(currency) ? parseMajorAmount(m[2]!, minorDigits(currency)) : null;
        if (minor === null) {
          ctx.addIssue({
            code: "custom",
            message: `Line ${i + 1}: write an ISO currency and an amount, like "USD 250.00"`,
          });
          return z.NEVER;
        }
        out[currency] = minor;
      }
      return out;
    }),
});

/** Manager: the four-eyes thresholds per currency (a direct refund above one waits for a second manager). */
export const updateFourEyesAction = action(
  { name: "updateFourEyes", schema: updateFourEyesSchema, permission: "settings.write" },
  async (input, { user }) => {
    const r = await updateFourEyes(getDb(), { actorId: user.id, perCurrency: input.thresholds });
    revalidatePath("/settings");
    return r;
  },
);
