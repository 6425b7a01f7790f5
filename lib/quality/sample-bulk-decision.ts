import type { Tx } from "@/db/client";
import { qualityReviews, qualitySamples } from "@/db/schema";

export type SampleBulkDecisionOptions = {
  bulkId: string;
  /** Who took the bulk decision: a second person reviews the sample, never them. */
  decidedBy: string;
  /** The decisions of the batch set aside for a second reviewer (sampleForReview). */
  sampledDecisionIds: readonly string[];
  /** How many the batch decided, and the share set aside. */
  population: number;
  percent: number;
  clauses: readonly string[];
  at: Date;
};

/**
 * The bulk decision's sampled decisions as a quality sample of their own ("Bulk decisions" on the
 * Quality page), in the bulk decision's transaction: a manager works it like a drawn sample,
 * agree or disagree with a comment, and the decider cannot (the review refuses them; the
 * quality_reviews_second_person check refuses them in the database). Nothing when none was set aside.
 */
export async function sampleBulkDecision(
  tx: Tx,
  o: SampleBulkDecisionOptions,
): Promise<string | null> {
  if (o.sampledDecisionIds.length === 0) return null;
  const day = o.at.toISOString().slice(0, 10);
  const [sample] = await tx
    .insert(qualitySamples)
    .values({
      bulkId: o.bulkId,
      criteria: {
        reviewerId: o.decidedBy,
        clause: o.clauses[0] ?? null,
        from: day,
        to: day,
        percent: o.percent,
      },
      population: o.population,
      createdAt: o.at,
    })
    .returning({ id: qualitySamples.id });
  await tx.insert(qualityReviews).values(
    o.sampledDecisionIds.map((decisionId) => ({
      sampleId: sample!.id,
      decisionId,
      decidedBy: o.decidedBy,
    })),
  );
  return sample!.id;
}
