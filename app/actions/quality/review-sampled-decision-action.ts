"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { reviewSampledDecision } from "@/lib/quality/review-sampled-decision";
import { action } from "@/lib/server/action";

const reviewSampledDecisionSchema = z.object({
  reviewId: z.uuid(),
  verdict: z.enum(["agree", "disagree"], "Agree or disagree"),
  comment: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(2000).optional()),
  reopen: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});

/** A second person's verdict on a sampled decision; a disagreement may reopen it at once. */
export const reviewSampledDecisionAction = action(
  {
    name: "reviewSampledDecision",
    schema: reviewSampledDecisionSchema,
    permission: "quality.review",
  },
  async (input, { user }) => {
    const r = await reviewSampledDecision(getDb(), {
      reviewId: input.reviewId,
      reviewerId: user.id,
      verdict: input.verdict,
      comment: input.comment ?? null,
      reopen: input.reopen,
    });
    revalidatePath("/quality");
    revalidatePath("/queue");
    return r;
  },
);
