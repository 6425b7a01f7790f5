import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { tstz } from "./columns";
import { users } from "./users";

/**
 * Tamper-evident audit trail: each row's hash covers its content and the
 * previous row's hash, so an edited or deleted row breaks the chain.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: tstz("at").notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").$type<AuditAction>().notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
    /**
     * 1: hash = sha256(canonical JSON of the entry with prevHash inside), computed by the app under an advisory lock.
     * 2: hash = sha256(prevHash || entryDigest), entryDigest = sha256(canonical JSON of the entry), chained by the
     *    database in the same statement that inserts the row (see audit_chain_head).
     */
    hashVersion: smallint("hash_version").notNull().default(2),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorId, t.at),
  ],
);
export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * The head of the audit chain: one row holding the newest entry's hash. Each
 * append updates it in the statement that inserts the entry, so writers queue
 * on this row (held until commit) and every entry chains onto the one before.
 * It also makes a deleted tail visible: the head no longer matches the last row.
 */
export const auditChainHead = pgTable(
  "audit_chain_head",
  {
    id: smallint("id").primaryKey(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [check("audit_chain_head_single_row", sql`${t.id} = 1`)],
);

/**
 * Full verifications of the audit chain: requested by a manager ("Verify now")
 * or started by the job runner when the last one is a day old. Each run walks
 * the whole log once, in the worker process, and leaves a checkpoint (the last
 * entry it verified and that entry's hash), so the Audit page only has to
 * re-check the entries written since, never the whole log on every load.
 */
export const auditVerifications = pgTable(
  "audit_verifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestedAt: tstz("requested_at").notNull().defaultNow(),
    /** Null: started by the schedule. */
    requestedBy: uuid("requested_by").references(() => users.id),
    status: text("status", { enum: ["queued", "running", "done", "failed"] }).notNull(),
    startedAt: tstz("started_at"),
    finishedAt: tstz("finished_at"),
    ok: boolean("ok"),
    checked: integer("checked"),
    /** The checkpoint: the last entry verified, and its hash. */
    throughId: bigint("through_id", { mode: "number" }),
    throughHash: text("through_hash"),
    firstBrokenId: bigint("first_broken_id", { mode: "number" }),
    headMismatch: boolean("head_mismatch"),
    /** An earlier verification whose checkpoint no longer holds: the log was re-chained after it. */
    rechainedSince: bigint("rechained_since", { mode: "number" }),
    /** What differs between the database and the anchor file outside it (lib/audit/check-anchors.ts), if anything. */
    anchorMismatch: text("anchor_mismatch"),
    /** Why a run failed (not the chain: the run itself, e.g. the worker stopped). */
    error: text("error"),
  },
  (t) => [
    check(
      "audit_verifications_status",
      sql`${t.status} IN ('queued', 'running', 'done', 'failed')`,
    ),
    // At most one verification waiting or running at a time.
    uniqueIndex("audit_verifications_one_active")
      .on(sql`(true)`)
      .where(sql`${t.status} IN ('queued', 'running')`),
    index("audit_verifications_finished_idx").on(t.finishedAt),
  ],
);
export type AuditVerification = typeof auditVerifications.$inferSelect;

/** Manager-editable settings (working-day calendar, auto-send of replies). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  // Each key holds its own shape; every reader validates it (e.g. calendarSchema), so unknown here.
  value: jsonb("value").$type<unknown>().notNull(),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: tstz("updated_at").notNull().defaultNow(),
});
