import { createHash } from "node:crypto";
import type { Tx } from "@/db/client";
import { auditChainHead, auditLog } from "@/db/schema";
import { onlyInPipeline } from "@/db/pipelined-transaction";
import { clientOf, selectList, send, toDriver, type Statement } from "@/db/statements";

export type RecordAuditOptions = {
  /** Who did it; null for the system (jobs, automatic refunds). */
  actorId: string | null;
  /** Dotted verb, e.g. "user.invited", "decision.recorded". */
  action: string;
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

/**
 * One statement: move the chain head on (its row lock, held until commit,
 * queues concurrent writers, and ON CONFLICT re-reads the newest head after the
 * wait) and insert the entry with the previous and the new hash. The upsert
 * also starts a chain on an empty head table (a fresh or test database).
 */
const chainHash = (prev: string) => `encode(sha256(convert_to(${prev} || $7, 'UTF8')), 'hex')`;
const appendText = (action: string) => `WITH head AS (
  INSERT INTO "audit_chain_head" AS h ("id", "prev_hash", "hash") VALUES (1, '${GENESIS_HASH}', ${chainHash(`'${GENESIS_HASH}'`)})
  ON CONFLICT ("id") DO UPDATE SET "prev_hash" = h."hash", "hash" = ${chainHash(`h."hash"`)}
  RETURNING "prev_hash", "hash"
)
INSERT INTO "audit_log" ("at", "actor_id", "action", "entity_type", "entity_id", "data", "prev_hash", "hash", "hash_version")
SELECT $1, $2, ${action}, $4, $5, $6, head."prev_hash", head."hash", 2 FROM head
RETURNING "id"`;
const APPEND = appendText("$3");
/** For pipelinedTransaction's closing batch: fails (action NULL) if ever run outside it. */
const APPEND_IN_PIPELINE = appendText(onlyInPipeline.replace("$", "$3"));

/**
 * Appends one entry to the hash-chained audit log, inside the caller's
 * transaction so the entry exists exactly when the change does. Call it last
 * in a transaction: from here to commit, other audit writers wait.
 */
export async function recordAudit(tx: Tx, opts: RecordAuditOptions): Promise<void> {
  const rows = await send(clientOf(tx), appendStatement(opts));
  if (rows.length !== 1) throw new Error("audit entry was not written");
}

/** The append statement for one entry, stamped now, for pipelinedTransaction's closing batch. */
export function auditStatement(opts: RecordAuditOptions): Statement {
  return { ...appendStatement(opts), text: APPEND_IN_PIPELINE };
}

function appendStatement(opts: RecordAuditOptions): Statement {
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
  return {
    text: APPEND,
    params: [
      toDriver(auditLog, "at", at),
      opts.actorId,
      opts.action,
      opts.entityType,
      opts.entityId,
      toDriver(auditLog, "data", data),
      digest,
    ],
  };
}

/** The chain head as stored (null before the first entry). */
export async function readChainHead(tx: Tx): Promise<{ prevHash: string; hash: string } | null> {
  const [row] = await clientOf(tx).unsafe(
    `SELECT ${selectList(auditChainHead, undefined, ["prevHash", "hash"])} FROM "audit_chain_head" WHERE "id" = 1`,
  );
  return row ? { prevHash: String(row.prevHash), hash: String(row.hash) } : null;
}
