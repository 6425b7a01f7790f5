import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { SampleCriteria } from "../schema";

export type SampleSummary = {
  id: string;
  createdAt: Date;
  /** The manager who drew it; null for a bulk decision's sample. */
  requestedByName: string | null;
  /** A bulk decision's sample: what it decided ("approve", "deny"); null for a drawn one. */
  bulkKind: string | null;
  criteria: SampleCriteria;
  reviewerName: string | null;
  population: number;
  size: number;
  reviewed: number;
  agreed: number;
};

/** The samples drawn and those bulk decisions set aside, newest first, with their progress. */
export async function listSamples(db: Db, limit = 30): Promise<SampleSummary[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    SELECT s.id, s.created_at AS "createdAt", m.name AS "requestedByName", b.kind::text AS "bulkKind",
      s.criteria, r.name AS "reviewerName",
      s.population, count(q.id)::int AS size, count(q.verdict)::int AS reviewed,
      count(*) FILTER (WHERE q.verdict = 'agree')::int AS agreed
    FROM quality_samples s
    LEFT JOIN users m ON m.id = s.requested_by
    LEFT JOIN bulk_decisions b ON b.id = s.bulk_id
    LEFT JOIN users r ON r.id = (s.criteria->>'reviewerId')::uuid
    LEFT JOIN quality_reviews q ON q.sample_id = s.id
    GROUP BY s.id, m.name, b.kind, r.name
    ORDER BY s.created_at DESC
    LIMIT ${limit}`);
  return rows.map((x) => ({ ...(x as SampleSummary), createdAt: new Date(String(x.createdAt)) }));
}

export type SampleItem = {
  reviewId: string;
  decisionId: string;
  requestId: string;
  ref: string;
  decidedByName: string;
  decidedById: string;
  decidedAt: Date;
  kind: string;
  amountMinor: number | null;
  currency: string | null;
  clauses: string[];
  override: boolean;
  justification: string | null;
  note: string;
  verdict: "agree" | "disagree" | null;
  comment: string | null;
  reviewedByName: string | null;
  /** Still the decision in force on its request (a disagreement can reopen it). */
  inForce: boolean;
};

/** The sampled decisions of one sample, oldest decision first. */
export async function sampleItems(db: Db, sampleId: string): Promise<SampleItem[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    SELECT q.id AS "reviewId", d.id AS "decisionId", r.id AS "requestId", r.ref, u.name AS "decidedByName",
      d.decided_by AS "decidedById", d.created_at AS "decidedAt", d.kind::text AS kind,
      d.amount_minor::float8 AS "amountMinor", d.currency::text AS currency, d.clauses, d.override,
      d.justification, d.note, q.verdict, q.comment, v.name AS "reviewedByName",
      NOT EXISTS (SELECT 1 FROM decisions s WHERE s.supersedes_id = d.id AND s.supersedes_id IS NOT NULL) AS "inForce"
    FROM quality_reviews q
    JOIN decisions d ON d.id = q.decision_id
    JOIN refund_requests r ON r.id = d.request_id
    JOIN users u ON u.id = d.decided_by
    LEFT JOIN users v ON v.id = q.reviewed_by
    WHERE q.sample_id = ${sampleId}::uuid
    ORDER BY d.created_at, d.id`);
  return rows.map((x) => ({ ...(x as SampleItem), decidedAt: new Date(String(x.decidedAt)) }));
}

export type QualityScoreRow = {
  reviewerId: string;
  reviewerName: string;
  week: string;
  reviewed: number;
  agreed: number;
};

/** Per reviewer and week of the decision: reviewed and agreed verdicts (score = agreed / reviewed). */
export async function qualityScores(db: Db, o: { from: string }): Promise<QualityScoreRow[]> {
  return db.execute<QualityScoreRow>(sql`
    SELECT q.decided_by AS "reviewerId", u.name AS "reviewerName",
      to_char(date_trunc('week', d.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
      count(*)::int AS reviewed, count(*) FILTER (WHERE q.verdict = 'agree')::int AS agreed
    FROM quality_reviews q
    JOIN decisions d ON d.id = q.decision_id
    JOIN users u ON u.id = q.decided_by
    WHERE q.verdict IS NOT NULL AND d.created_at >= ${`${o.from}T00:00:00Z`}::timestamptz
    GROUP BY 1, 2, 3
    ORDER BY 2, 3`);
}
