"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { CLAUSE_IDS } from "@/lib/policy/clauses";
import { drawSample } from "@/lib/quality/draw-sample";
import { action } from "@/lib/server/action";

const blank = (v: unknown) => (v === "" ? undefined : v);

const drawQualitySampleSchema = z.object({
  reviewerId: z.preprocess(blank, z.uuid().optional()),
  clause: z.preprocess(blank, z.enum(CLAUSE_IDS, "Unknown policy clause").optional()),
  from: z.iso.date("Choose the first day"),
  to: z.iso.date("Choose the last day"),
  percent: z.coerce
    .number("Enter a percentage")
    .int("Use a whole percentage")
    .min(1, "At least 1 %")
    .max(100, "At most 100 %"),
});

/** A manager draws a random sample of decisions for a second person's review. */
export const drawQualitySampleAction = action(
  { name: "drawQualitySample", schema: drawQualitySampleSchema, permission: "quality.sample" },
  async (input, { user }) => {
    const r = await drawSample(getDb(), {
      managerId: user.id,
      criteria: {
        reviewerId: input.reviewerId ?? null,
        clause: input.clause ?? null,
        from: input.from,
        to: input.to,
        percent: input.percent,
      },
    });
    revalidatePath("/quality");
    return r;
  },
);
