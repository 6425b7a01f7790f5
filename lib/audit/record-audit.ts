import { createHash } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditChainHead, auditLog } from "@/db/schema";
import type { AuditAction } from "./audit-actions";

export type RecordAuditOptions = {
  /** Who did it; null for the system (jobs, automatic refunds). */
  actorId: string | null;
  /** Dotted verb, e.g. "user.invited", "decision.recorded". */
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** What changed (before/after, amounts, clause ids). Never secrets. */
  data: Record<string, unknown>;
};

export const GENESIS_HASH = "0".repeat(64);

/** Canonical JSON: keys sorted, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

type EntryContent = Omit<RecordAuditOptions, "data"> & { at: Date; data: unknown };

const sha256Hex = (s: string) => createHash("sha256").update(s).digest("hex");

/** Hash version 1 (entries written before the chain head existed): the previous hash inside the canonical JSON. */
export function auditHashV1(prevHash: string, entry: EntryContent): string {
  return sha256Hex(canonicalJson({ ...entry, at: entry.at.toISOString(), prevHash }));
}

/** The digest of one entry's content (who, what, on which entity, when, data). */
export function entryDigest(entry: EntryContent): string {
  return sha256Hex(canonicalJson({ ...entry, at: entry.at.toISOString() }));
}

/** Hash version 2: sha256(prevHash || entryDigest), the formula the append statement computes in SQL. */
export function auditHashV2(prevHash: string, entry: EntryContent): string {
  return sha256Hex(prevHash + entryDigest(entry));
}

/** sha256(prev || digest) in SQL: the formula auditHashV2 computes in JS. */
const chainHash = (prev: SQL, digest: SQL) =>
  sql`encode(sha256(convert_to(${prev} || ${digest}, 'UTF8')), 'hex')`;

/**
 * One statement: move the chain head on (its row lock, held until commit, queues concurrent
 * writers, and ON CONFLICT re-reads the newest head after the wait) and insert the entry with
 * the previous and the new hash. The upsert also starts a chain on an empty head table (a
 * fresh or test database). Prepared (its values are placeholders), so it goes out together
 * with the statements before it in the transaction instead of waiting for a plan.
 */
function appendStatement(tx: Tx) {
  const digest = sql`${sql.placeholder("digest")}::text`;
  const head = tx.$with("head", { prevHash: sql<string>`prev_hash`.as("prev_hash") })
    .as(sql`INSERT INTO ${auditChainHead} AS h ("id", "prev_hash", "hash")
      VALUES (1, ${GENESIS_HASH}, ${chainHash(sql`${GENESIS_HASH}::text`, digest)})
      ON CONFLICT ("id") DO UPDATE SET "prev_hash" = h."hash", "hash" = ${chainHash(sql`h."hash"`, digest)}
      RETURNING "prev_hash", "hash"`);
  const entry = tx.$with("entry", { id: sql<number>`id`.as("id") })
    .as(sql`INSERT INTO ${auditLog} ("at", "actor_id", "action", "entity_type", "entity_id", "data", "prev_hash", "hash", "hash_version")
      SELECT ${sql.placeholder("at")}::timestamptz, ${sql.placeholder("actorId")}::uuid, ${sql.placeholder("action")},
        ${sql.placeholder("entityType")}, ${sql.placeholder("entityId")}, ${sql.placeholder("data")}::jsonb,
        head."prev_hash", head."hash", 2
      FROM head
      RETURNING "id"`);
  return tx.with(head, entry).select({ id: entry.id }).from(entry).prepare("append_audit_entry");
}

/**
 * Appends one entry to the hash-chained audit log, inside the caller's
 * transaction so the entry exists exactly when the change does. Call it last
 * in a transaction: from here to commit, other audit writers wait.
 */
export async function recordAudit(tx: Tx, opts: RecordAuditOptions): Promise<void> {
  const at = new Date();
  const data = JSON.parse(JSON.stringify(opts.data)) as Record<string, unknown>;
  const digest = entryDigest({
    actorId: opts.actorId,
    action: opts.action,
    entityType: opts.entityType,
    entityId: opts.entityId,
    at,
    data,
  });
  const rows = await appendStatement(tx).execute({
    digest,
    at: at.toISOString(),
    actorId: opts.actorId,
    action: opts.action,
    entityType: opts.entityType,
    entityId: opts.entityId,
    data: JSON.stringify(data),
  });
  if (rows.length !== 1) throw new Error("audit entry was not written");
}

/** The chain head as stored (null before the first entry). */
export async function readChainHead(tx: Tx): Promise<{ prevHash: string; hash: string } | null> {
  const [row] = await tx
    .select({ prevHash: auditChainHead.prevHash, hash: auditChainHead.hash })
    .from(auditChainHead)
    .where(eq(auditChainHead.id, 1));
  return row ?? null;
}
