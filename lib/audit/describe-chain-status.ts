import type { AuditChainStatus } from "./audit-verifications";

export type ChainVerdict = { value: "Intact" | "Broken" | "Not checked yet"; hint: string; tone: "ok" | "bad" | "unknown" };

const when = (d: Date | null) => (d ? `${d.toISOString().replace("T", " ").slice(0, 16)} UTC` : "—");
const n = (x: number) => x.toLocaleString("en");
const entries = (x: number) => `${n(x)} ${x === 1 ? "entry" : "entries"}`;
const breakText = (r: { firstBrokenId: number | null; headMismatch: boolean }) =>
  r.firstBrokenId !== null ? `first broken entry #${r.firstBrokenId}` : "entries missing at the end of the log (the chain head does not match)";

/**
 * The Audit page's one-line verdict on the hash chain: the last full
 * verification, plus the check of the entries written since its checkpoint.
 */
export function describeChainStatus(s: AuditChainStatus): ChainVerdict {
  const full = s.last ? `Full verification ${when(s.last.finishedAt)}: ${entries(s.last.checked ?? 0)}` : null;
  if (s.last && !s.last.ok) return { value: "Broken", tone: "bad", hint: `${full}; ${breakText({ firstBrokenId: s.last.firstBrokenId, headMismatch: s.last.headMismatch ?? false })}` };
  const since = s.since.report;
  if (since && !since.ok) {
    return { value: "Broken", tone: "bad", hint: `${s.last ? "Since the last full verification" : "Checked on this load"}: ${breakText(since)}` };
  }
  if (since) {
    return {
      value: "Intact",
      tone: "ok",
      hint: full
        ? `${full}; ${entries(since.checked)} written since, checked on this load`
        : `${entries(since.checked)} checked on this load; no full verification recorded yet`,
    };
  }
  return {
    value: "Not checked yet",
    tone: "unknown",
    hint: `${entries(s.since.entries)} written since ${s.last ? `the last full verification (${when(s.last.finishedAt)})` : "the log began"}: too many to check on a page load; a full verification checks them`,
  };
}
