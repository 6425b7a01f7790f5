import { sql } from "drizzle-orm";
import {
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import type { Calendar } from "@/lib/policy";
import type { Claim } from "@/lib/policy/vocabulary";
import { createdAt, tstz } from "./columns";
import { refundRequests } from "./requests";
import { users } from "./users";

export const REPLAY_PREVIEW_STATUSES = [
  "queued",
  "running",
  "done",
  "failed",
  "discarded",
] as const;
export type ReplayPreviewStatus = (typeof REPLAY_PREVIEW_STATUSES)[number];

/**
 * What a preview compares: "calendar" evaluates each request now with the saved calendar and with
 * the edited one; "engine" runs each request's latest stored evaluation input through today's engine.
 */
export const REPLAY_PREVIEW_MODES = ["calendar", "engine"] as const;
export type ReplayPreviewMode = (typeof REPLAY_PREVIEW_MODES)[number];

/** The fields a preview compares; "evaluation" marks a stored input today's engine cannot read. */
export const REPLAY_FIELDS = [
  "outcome",
  "amount",
  "destination",
  "clauses",
  "review_by",
  "payout_by",
  "evaluation",
] as const;
export type ReplayField = (typeof REPLAY_FIELDS)[number];

/** Which requests a preview looks at. */
export type ReplayPreviewScope = {
  /** Received on these dates, inclusive, YYYY-MM-DD (UTC). */
  from: string;
  to: string;
  /** "open": to review or awaiting the customer (what the replay re-evaluates); "all": decided ones too. */
  status: "open" | "all";
  claim: Claim | null;
  productKind: string | null;
};

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * A dry run of policy replay a manager asked for before saving the calendar (or to see what a new
 * engine changes): its parameters, and the job's progress. The changes it found are
 * replay_preview_changes; nothing else is written. Pruned a week after it was asked for.
 */
export const replayPreviews = pgTable(
  "replay_previews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    mode: text("mode", { enum: REPLAY_PREVIEW_MODES }).notNull(),
    scope: jsonb("scope").$type<ReplayPreviewScope>().notNull(),
    /** The calendar saved when the preview was asked for ("before" in calendar mode). */
    calendarBefore: jsonb("calendar_before").$type<Calendar>().notNull(),
    /** The edited calendar ("after"); null in engine mode. */
    calendarAfter: jsonb("calendar_after").$type<Calendar>(),
    /** The engine that computed "after". */
    engineVersion: text("engine_version").notNull(),
    /** The instant both sides are evaluated at (calendar mode), fixed so a retried job agrees with itself. */
    evaluatedAt: tstz("evaluated_at").notNull(),
    status: text("status", { enum: REPLAY_PREVIEW_STATUSES }).notNull().default("queued"),
    /** Requests in scope, counted when the job starts. */
    total: integer("total"),
    processed: integer("processed").notNull().default(0),
    /** Requests with at least one change. */
    changed: integer("changed").notNull().default(0),
    /** The last request (by id) processed: a retried job carries on after it. */
    cursor: uuid("cursor"),
    /** Why it failed, user-safe (the cause is in the log under the reference). */
    error: text("error"),
    createdAt: createdAt(),
    startedAt: tstz("started_at"),
    finishedAt: tstz("finished_at"),
  },
  (t) => [
    index("replay_previews_requested_by_idx").on(t.requestedBy),
    index("replay_previews_created_idx").on(t.createdAt),
    check("replay_previews_status", sql`${t.status} IN (${inList(REPLAY_PREVIEW_STATUSES)})`),
    check("replay_previews_mode", sql`${t.mode} IN (${inList(REPLAY_PREVIEW_MODES)})`),
    check(
      "replay_previews_calendar_mode",
      sql`(${t.mode} = 'calendar') = (${t.calendarAfter} IS NOT NULL)`,
    ),
    check(
      "replay_previews_progress",
      sql`${t.processed} >= 0 AND ${t.changed} >= 0 AND ${t.changed} <= ${t.processed}`,
    ),
  ],
);
export type ReplayPreview = typeof replayPreviews.$inferSelect;

/** One field of one request that the previewed change would move: before → after, as text. */
export const replayPreviewChanges = pgTable(
  "replay_preview_changes",
  {
    previewId: uuid("preview_id")
      .notNull()
      .references(() => replayPreviews.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => refundRequests.id),
    /** The request's reference, kept for paging and the CSV in reference order. */
    ref: text("ref").notNull(),
    field: text("field", { enum: REPLAY_FIELDS }).notNull(),
    /** Outcome and destination words, minor units, clause ids space-separated, ISO instants; null: none. */
    before: text("before"),
    after: text("after"),
    /** The currency of an amount (null for other fields). */
    currency: char("currency", { length: 3 }),
  },
  (t) => [
    primaryKey({ columns: [t.previewId, t.ref, t.field] }),
    index("replay_preview_changes_request_idx").on(t.requestId),
    check("replay_preview_changes_field", sql`${t.field} IN (${inList(REPLAY_FIELDS)})`),
  ],
);
export type ReplayPreviewChange = typeof replayPreviewChanges.$inferSelect;
export type NewReplayPreviewChange = typeof replayPreviewChanges.$inferInsert;
