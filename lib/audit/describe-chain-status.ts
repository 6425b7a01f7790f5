import type { AuditVerification } from "@/db/schema";
import { count, dateTime } from "@/lib/format";
import type { AuditChainStatus } from "./audit-verifications";
import type { AuditChainReport } from "./verify-audit-chain";

export type ChainVerdict = {
  value: "Intact" | "Broken" | "Not checked yet";
  hint: string;
  tone: "ok" | "bad" | "unknown";
};

const entries = (x: number) => `${count(x)} ${x === 1 ? "entry" : "entries"}`;

/** Why a chain is broken, in a reviewer's words. */
export function breakText(
  r: Pick<AuditChainReport, "firstBrokenId" | "headMismatch"> & {
    rechainedSince?: number | null;
    rechainedAt?: number | null;
    anchorMismatch?: string | null;
  },
): string {
  if (r.rechainedSince) {
    return `the log was rewritten after full verification #${r.rechainedSince}${r.rechainedAt ? `: entry #${r.rechainedAt} no longer carries the hash recorded then` : ""}`;
  }
  if (r.firstBrokenId !== null) return `first broken entry #${r.firstBrokenId}`;
  if (!r.headMismatch && r.anchorMismatch)
    return `the database differs from the anchor file outside it: ${r.anchorMismatch}`;
  return "entries missing at the end of the log (the chain head does not match)";
}

/** A finished run's result, as the verifications table shows it. */
export function runResult(v: AuditVerification): string {
  if (v.status !== "done") return v.error ?? "—";
  if (v.ok) return "Intact";
  return `Broken: ${breakText({ firstBrokenId: v.firstBrokenId, headMismatch: v.headMismatch ?? false, rechainedSince: v.rechainedSince, anchorMismatch: v.anchorMismatch })}`;
}

/**
 * The Audit page's one-line verdict on the hash chain: the last full
 * verification, plus the check made on this load (the entries written since
 * its checkpoint, and every earlier checkpoint). It says what was re-checked
 * when: entries up to the checkpoint were last recomputed by the full run.
 */
export function describeChainStatus(s: AuditChainStatus): ChainVerdict {
  const full = s.last
    ? `Whole chain verified ${dateTime(s.last.finishedAt)} (${entries(s.last.checked ?? 0)}${s.last.throughId ? `, through #${s.last.throughId}` : ""})`
    : null;
  if (s.last && !s.last.ok) {
    return {
      value: "Broken",
      tone: "bad",
      hint: `Full verification ${dateTime(s.last.finishedAt)}: ${breakText({ firstBrokenId: s.last.firstBrokenId, headMismatch: s.last.headMismatch ?? false, rechainedSince: s.last.rechainedSince, anchorMismatch: s.last.anchorMismatch })}`,
    };
  }
  if (s.anchors.mismatch) {
    return {
      value: "Broken",
      tone: "bad",
      hint: `Compared on this load with the anchor file outside the database: ${s.anchors.mismatch}`,
    };
  }
  const anchored =
    s.anchors.configured && s.anchors.checked > 0
      ? `; the ${count(s.anchors.checked)} anchored full ${s.anchors.checked === 1 ? "verification matches" : "verifications match"} the anchor file`
      : "";
  const since = s.since.report;
  if (since && !since.ok) {
    const why = breakText({
      ...since,
      rechainedSince: since.checkpointMismatch?.verificationId,
      rechainedAt: since.checkpointMismatch?.throughId,
    });
    return {
      value: "Broken",
      tone: "bad",
      hint: `${s.last ? "Checked on this load, since the last full verification" : "Checked on this load"}: ${why}`,
    };
  }
  if (since) {
    return {
      value: "Intact",
      tone: "ok",
      hint: full
        ? `${full}; the ${entries(since.checked)} written since ${since.checked === 1 ? "was" : "were"} checked on this load, and every earlier checkpoint still holds${anchored}`
        : `${entries(since.checked)} checked on this load; no full verification recorded yet`,
    };
  }
  if (s.rechained) {
    return {
      value: "Broken",
      tone: "bad",
      hint: `Checked on this load: ${breakText({ firstBrokenId: null, headMismatch: false, rechainedSince: s.rechained.verificationId, rechainedAt: s.rechained.throughId })}`,
    };
  }
  return {
    value: "Not checked yet",
    tone: "unknown",
    hint: `${entries(s.since.entries)} written since ${s.last ? `the last full verification (${dateTime(s.last.finishedAt)})` : "the log began"}: too many to check on a page load; a full verification checks them`,
  };
}
