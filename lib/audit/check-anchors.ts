import { and, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditLog, auditVerifications } from "@/db/schema";
import { readAnchors, type AnchorLog, type SignedAnchor } from "./audit-anchors";

export type AnchorReport = {
  /** False without AUDIT_ANCHOR_KEY: there is nothing outside the database to compare with. */
  configured: boolean;
  /** Anchored full verifications compared with the database. */
  checked: number;
  /** The first difference between the database and the anchor file, naming it; null when they agree. */
  mismatch: string | null;
};

const short = (hash: string | null | undefined) => (hash ? `${hash.slice(0, 12)}…` : "none");

/**
 * Compares the database with the anchor file: every anchored run must still be in the database
 * with the checkpoint it had, its checkpoint entry and its own `audit.verified` entry must still
 * carry the anchored hashes, and no finished run between anchored ones may lack its line. So a
 * log rewritten and re-chained, or cut back with its head set back, shows as soon as it touches
 * anything an anchor covers, even when the database's own checkpoints were rewritten to match.
 * The file is read first: a run recorded meanwhile is in the database before its line is written.
 */
export async function checkAnchors(db: Db | Tx, log: AnchorLog | null): Promise<AnchorReport> {
  if (!log) return { configured: false, checked: 0, mismatch: null };
  const { anchors, problem } = readAnchors(log);
  const report = (mismatch: string | null) => ({
    configured: true,
    checked: anchors.length,
    mismatch,
  });
  if (anchors.length === 0) return report(problem);
  const runIds = anchors.map((a) => a.verificationId);
  const entryIds = anchors.flatMap((a) => (a.throughId ? [a.throughId, a.entryId] : [a.entryId]));
  const [runs, entries, unanchored] = await Promise.all([
    db.select().from(auditVerifications).where(inArray(auditVerifications.id, runIds)),
    db
      .select({ id: auditLog.id, hash: auditLog.hash })
      .from(auditLog)
      .where(inArray(auditLog.id, entryIds)),
    db
      .select({ id: auditVerifications.id })
      .from(auditVerifications)
      .where(
        and(
          eq(auditVerifications.status, "done"),
          gt(auditVerifications.id, Math.min(...runIds)),
          lt(auditVerifications.id, Math.max(...runIds)),
        ),
      ),
  ]);
  const runById = new Map(runs.map((r) => [r.id, r]));
  const hashById = new Map(entries.map((e) => [e.id, e.hash]));
  for (const a of anchors) {
    const found = differs(a, runById.get(a.verificationId), hashById);
    if (found) return report(found);
  }
  const anchored = new Set(runIds);
  const missing = unanchored.find((r) => !anchored.has(r.id));
  if (missing)
    return report(
      `full verification #${missing.id} is in the database but not in the anchor file (added to the database alone, or its line was removed)`,
    );
  return report(problem);
}

function differs(
  a: SignedAnchor,
  run: typeof auditVerifications.$inferSelect | undefined,
  hashById: Map<number, string>,
): string | null {
  const v = `full verification #${a.verificationId}`;
  if (!run) return `${v} (anchored ${a.at}) is missing from the database`;
  if (run.throughId !== a.throughId || run.throughHash !== a.throughHash || run.ok !== a.ok)
    return `${v}'s checkpoint in the database (entry #${run.throughId ?? "none"}, ${short(run.throughHash)}, ${run.ok ? "intact" : "broken"}) differs from its anchor (entry #${a.throughId ?? "none"}, ${short(a.throughHash)}, ${a.ok ? "intact" : "broken"})`;
  const entry = (id: number, hash: string, what: string) => {
    const now = hashById.get(id);
    if (now === undefined)
      return `entry #${id}, ${what}, is missing: the log was cut back (and its head set back)`;
    if (now !== hash)
      return `entry #${id}, ${what}, no longer carries the anchored hash (${short(hash)} then, ${short(now)} now): the log was rewritten and re-chained`;
    return null;
  };
  return (
    (a.ok && a.throughId !== null
      ? entry(a.throughId, a.throughHash, `the checkpoint anchored by ${v}`)
      : null) ?? entry(a.entryId, a.entryHash, `${v}'s own audit.verified entry`)
  );
}
