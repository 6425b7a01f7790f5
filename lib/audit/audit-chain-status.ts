import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditVerifications, type AuditVerification } from "@/db/schema";
import { anchorLogFromEnv, type AnchorLog } from "./audit-anchors";
import { checkAnchors, type AnchorReport } from "./check-anchors";
import {
  entriesAfter,
  firstCheckpointMismatch,
  verifyAuditChain,
  type AuditChainReport,
} from "./verify-audit-chain";

/** The Audit page checks at most this many entries written since the last full verification (~10 µs each). */
export const PAGE_CHECK_LIMIT = 10_000;

export type AuditChainStatus = {
  /** The newest finished full verification (done), if any. */
  last: AuditVerification | null;
  /** A verification waiting for or being run by the worker. */
  active: AuditVerification | null;
  /** `active` has waited in the queue for over five minutes: no worker seems to be running. */
  activeStalled: boolean;
  /** The newest run that failed to finish, if it is newer than `last`. */
  lastFailure: AuditVerification | null;
  /** Entries written after `last`'s checkpoint, checked on this load when there are at most PAGE_CHECK_LIMIT of them. */
  since: { entries: number; report: AuditChainReport | null };
  /** When `since.report` is null: an earlier checkpoint that no longer holds (the log was re-chained), checked anyway. */
  rechained: AuditChainReport["checkpointMismatch"];
  /** The database compared with the anchor file outside it, on this load. */
  anchors: AnchorReport;
};

/**
 * What the Audit page shows: the last full verification, and a check of only
 * the entries written since its checkpoint (bounded, so the page never walks
 * the whole log), together with every earlier checkpoint still holding and
 * every anchored one matching its anchor. With no full verification yet,
 * "since" covers the whole log when it is small enough.
 */
export async function auditChainStatus(
  db: Db,
  opts: { now?: Date; pageCheckLimit?: number; anchors?: AnchorLog | null } = {},
): Promise<AuditChainStatus> {
  const now = opts.now ?? new Date();
  const anchorLog = opts.anchors === undefined ? anchorLogFromEnv() : opts.anchors;
  const [[last], [active], [failure], anchors] = await Promise.all([
    db
      .select()
      .from(auditVerifications)
      .where(eq(auditVerifications.status, "done"))
      .orderBy(desc(auditVerifications.finishedAt))
      .limit(1),
    db
      .select()
      .from(auditVerifications)
      .where(inArray(auditVerifications.status, ["queued", "running"]))
      .limit(1),
    db
      .select()
      .from(auditVerifications)
      .where(eq(auditVerifications.status, "failed"))
      .orderBy(desc(auditVerifications.finishedAt))
      .limit(1),
    checkAnchors(db, anchorLog),
  ]);
  const from =
    last && last.ok ? { throughId: last.throughId, throughHash: last.throughHash! } : null;
  const entries = await entriesAfter(db, from?.throughId ?? null);
  // After a broken full verification there is no trusted checkpoint: only a new full run can say more.
  const report =
    (from || !last) && entries <= (opts.pageCheckLimit ?? PAGE_CHECK_LIMIT)
      ? await verifyAuditChain(db, { from: from ?? undefined })
      : null;
  // Too many entries to walk here: the earlier checkpoints are still checked (one lookup each), so a re-chained log shows.
  const rechained = report ? null : await firstCheckpointMismatch(db);
  const time = (v: AuditVerification | undefined) => v?.finishedAt?.getTime() ?? 0;
  const lastFailure = failure && time(failure) > time(last) ? failure : null;
  const activeStalled =
    active?.status === "queued" && now.getTime() - active.requestedAt.getTime() > 5 * 60_000;
  return {
    last: last ?? null,
    active: active ?? null,
    activeStalled,
    lastFailure,
    since: { entries, report },
    rechained,
    anchors,
  };
}
