import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { qualityReviews, qualitySamples, type SampleCriteria } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { sampleSize } from "./sample-size";

export type DrawSampleOptions = {
  managerId: string;
  criteria: SampleCriteria;
};

const dayAfter = (d: string) =>
  new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000).toISOString();

/**
 * Draws a random sample of recorded decisions (request-for-information
 * excluded: nothing was decided) matching the criteria — e.g. 5 % of one
 * reviewer's decisions last week, or of one clause — and queues each for a
 * second person's verdict. One transaction; the draw is audited.
 */
export async function drawSample(
  db: Db,
  o: DrawSampleOptions,
): Promise<{ sampleId: string; size: number; population: number }> {
  const c = o.criteria;
  if (c.from > c.to)
    throw new AppError("INVALID_INPUT", {
      userMessage: "The period ends before it starts.",
      fieldErrors: { to: ["End on or after the start"] },
    });
  return db.transaction(async (tx) => {
    const where = sql.join(
      [
        sql`d.kind <> 'request_info'`,
        sql`d.created_at >= ${`${c.from}T00:00:00Z`}::timestamptz`,
        sql`d.created_at < ${dayAfter(c.to)}::timestamptz`,
        ...(c.reviewerId ? [sql`d.decided_by = ${c.reviewerId}::uuid`] : []),
        ...(c.clause ? [sql`d.clauses @> ARRAY[${c.clause}]::text[]`] : []),
      ],
      sql` AND `,
    );
    const [{ n } = { n: 0 }] = await tx.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM decisions d WHERE ${where}`,
    );
    const size = sampleSize(n, c.percent);
    if (size === 0)
      throw new AppError("INVALID_INPUT", {
        userMessage:
          "No recorded decision matches: widen the period or choose another reviewer or clause.",
      });
    const [sample] = await tx
      .insert(qualitySamples)
      .values({ requestedBy: o.managerId, criteria: c, population: n })
      .returning({ id: qualitySamples.id });
    const sampleId = sample!.id;
    // random() is drawn inside PostgreSQL: no row ever leaves the database to be shuffled.
    await tx.execute(sql`
      INSERT INTO ${qualityReviews} (sample_id, decision_id, decided_by)
      SELECT ${sampleId}::uuid, d.id, d.decided_by FROM decisions d WHERE ${where}
      ORDER BY random() LIMIT ${size}`);
    await recordAudit(tx, {
      actorId: o.managerId,
      action: "quality.sampled",
      entityType: "quality_sample",
      entityId: sampleId,
      data: { ...c, population: n, size },
    });
    return { sampleId, size, population: n };
  });
}
