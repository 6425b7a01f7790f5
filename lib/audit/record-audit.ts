import { createHash } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

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
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

export function auditHash(prevHash: string, entry: Omit<RecordAuditOptions, "data"> & { at: Date; data: unknown }): string {
  const body = canonicalJson({ ...entry, at: entry.at.toISOString(), prevHash });
  return createHash("sha256").update(body).digest("hex");
}

/**
 * Appends one entry to the hash-chained audit log, inside the caller's
 * transaction so the entry exists exactly when the change does.
 */
export async function recordAudit(tx: Tx, opts: RecordAuditOptions): Promise<void> {
  // Serialise writers: the chain needs a single "previous" row.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7243001)`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  const data = JSON.parse(JSON.stringify(opts.data)) as Record<string, unknown>;
  const hash = auditHash(prevHash, { ...opts, at, data });
  await tx.insert(auditLog).values({ ...opts, data, at, prevHash, hash });
}
