import { describe, expect, it } from "vitest";
import type { AuditVerification } from "@/db/schema";
import type { AuditChainStatus } from "./audit-verifications";
import { describeChainStatus } from "./describe-chain-status";
import type { AuditChainReport } from "./verify-audit-chain";

const finishedAt = new Date("2026-11-25T03:15:00Z");
const run = (patch: Partial<AuditVerification> = {}): AuditVerification => ({
  id: 7, requestedAt: finishedAt, requestedBy: null, status: "done", startedAt: finishedAt, finishedAt, ok: true, checked: 1_204_113,
  throughId: 1_204_113, throughHash: "ab".repeat(32), firstBrokenId: null, headMismatch: false, error: null, ...patch,
});
const report = (patch: Partial<AuditChainReport> = {}): AuditChainReport => ({
  checked: 12, ok: true, firstBrokenId: null, headMismatch: false, throughId: 1_204_125, throughHash: "cd".repeat(32), ...patch,
});
const status = (patch: Partial<AuditChainStatus>): AuditChainStatus => ({ last: null, active: null, lastFailure: null, since: { entries: 12, report: report() }, ...patch });

describe("describeChainStatus", () => {
  it("intact: the last full verification and the entries checked since", () => {
    expect(describeChainStatus(status({ last: run() }))).toEqual({
      value: "Intact", tone: "ok", hint: "Full verification 2026-11-25 03:15 UTC: 1,204,113 entries; 12 entries written since, checked on this load",
    });
  });

  it("intact with no full verification yet", () => {
    expect(describeChainStatus(status({ since: { entries: 1, report: report({ checked: 1 }) } })).hint).toBe("1 entry checked on this load; no full verification recorded yet");
  });

  it("broken by the last full verification, whatever the page saw since", () => {
    const v = describeChainStatus(status({ last: run({ ok: false, firstBrokenId: 4411 }), since: { entries: 3, report: null } }));
    expect(v).toMatchObject({ value: "Broken", tone: "bad" });
    expect(v.hint).toContain("first broken entry #4411");
  });

  it("broken since the checkpoint: an edit, or a cut tail", () => {
    expect(describeChainStatus(status({ last: run(), since: { entries: 5, report: report({ ok: false, firstBrokenId: 1_204_120 }) } })).hint).toBe(
      "Since the last full verification: first broken entry #1204120",
    );
    expect(describeChainStatus(status({ last: run(), since: { entries: 0, report: report({ ok: false, headMismatch: true }) } })).hint).toContain("entries missing at the end");
  });

  it("not checked when too many entries were written since, and says why", () => {
    const v = describeChainStatus(status({ last: run(), since: { entries: 250_000, report: null } }));
    expect(v).toMatchObject({ value: "Not checked yet", tone: "unknown" });
    expect(v.hint).toContain("250,000 entries written since the last full verification (2026-11-25 03:15 UTC)");
  });
});
