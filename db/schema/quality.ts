import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bulkDecisions } from "./bulk-decisions";
import { createdAt, tstz } from "./columns";
import { decisions } from "./decisions";
import { users } from "./users";

/** What a manager asked to sample: e.g. 5 % of one reviewer's decisions last week, or of one clause. */
export type SampleCriteria = {
  reviewerId: string | null;
  clause: string | null;
  /** Decision dates, inclusive, YYYY-MM-DD (UTC). */
  from: string;
  to: string;
  /** Share of the matching decisions drawn, 1–100. */
  percent: number;
};

/**
 * A random sample of decisions for quality review: drawn by a manager, or set aside by a bulk
 * decision (its configured share, sampled as it was decided; then `bulkId` says which).
 */
export const qualitySamples = pgTable(
  "quality_samples",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The manager who drew it; null for a bulk decision's sample. */
    requestedBy: uuid("requested_by").references(() => users.id),
    /** The bulk decision whose sampled decisions these are. */
    bulkId: uuid("bulk_id")
      .unique()
      .references(() => bulkDecisions.id),
    criteria: jsonb("criteria").$type<SampleCriteria>().notNull(),
    /** Decisions that matched the criteria when the sample was drawn. */
    population: integer("population").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("quality_samples_requested_by_idx").on(t.requestedBy),
    index("quality_samples_created_idx").on(t.createdAt),
    check("quality_samples_origin", sql`(${t.requestedBy} IS NULL) <> (${t.bulkId} IS NULL)`),
  ],
);
export type QualitySample = typeof qualitySamples.$inferSelect;

/**
 * One sampled decision and a second person's verdict on it. The decider is
 * copied here so the database itself refuses a verdict by the decider.
 */
export const qualityReviews = pgTable(
  "quality_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sampleId: uuid("sample_id")
      .notNull()
      .references(() => qualitySamples.id),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    verdict: text("verdict", { enum: ["agree", "disagree"] }),
    comment: text("comment"),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: tstz("reviewed_at"),
  },
  (t) => [
    uniqueIndex("quality_reviews_sample_decision_uq").on(t.sampleId, t.decisionId),
    index("quality_reviews_decision_idx").on(t.decisionId),
    index("quality_reviews_decided_by_idx").on(t.decidedBy, t.reviewedAt),
    index("quality_reviews_reviewed_by_idx").on(t.reviewedBy),
    check(
      "quality_reviews_verdict",
      sql`${t.verdict} IS NULL OR ${t.verdict} IN ('agree', 'disagree')`,
    ),
    check(
      "quality_reviews_complete",
      sql`(${t.verdict} IS NULL) = (${t.reviewedBy} IS NULL) AND (${t.verdict} IS NULL) = (${t.reviewedAt} IS NULL)`,
    ),
    check(
      "quality_reviews_second_person",
      sql`${t.reviewedBy} IS NULL OR ${t.reviewedBy} <> ${t.decidedBy}`,
    ),
    check(
      "quality_reviews_disagreement_explained",
      sql`${t.verdict} IS DISTINCT FROM 'disagree' OR length(trim(coalesce(${t.comment}, ''))) >= 3`,
    ),
  ],
);
export type QualityReview = typeof qualityReviews.$inferSelect;
