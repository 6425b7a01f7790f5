import { describe, expect, it } from "vitest";
import type { AuditVerification } from "@/db/schema";
import type { AuditChainStatus } from "./audit-verifications";
import { describeChainStatus, runResult } from "./describe-chain-status";
import type { AuditChainReport } from "./verify-audit-chain";

const finishedAt = new Date("2026-11-25T03:15:00Z");
const run = (patch: Partial<AuditVerification> = {}): AuditVerification => ({
  id: 7,
  requestedAt: finishedAt,
  requestedBy: null,
  status: "done",
  startedAt: finishedAt,
  finishedAt,
  ok: true,
  checked: 1_204_113,
  throughId: 1_204_113,
  throughHash: "ab".repeat(32),
  firstBrokenId: null,
  headMismatch: false,
  rechainedSince: null,
  anchorMismatch: null,
  error: null,
  ...patch,
});
const report = (patch: Partial<AuditChainReport> = {}): AuditChainReport => ({
  checked: 12,
  ok: true,
  firstBrokenId: null,
  headMismatch: false,
  throughId: 1_204_125,
  throughHash: "cd".repeat(32),
  checkpointMismatch: null,
  ...patch,
});
const status = (patch: Partial<AuditChainStatus>): AuditChainStatus => ({
  last: null,
  active: null,
  activeStalled: false,
  lastFailure: null,
  rechained: null,
  since: { entries: 12, report: report() },
  anchors: { configured: false, checked: 0, mismatch: null },
  ...patch,
});

describe("describeChainStatus", () => {
  it("intact: says what the full run covered and what this load re-checked", () => {
    expect(describeChainStatus(status({ last: run() }))).toEqual({
      value: "Intact",
      tone: "ok",
      hint: "Whole chain verified 2026-11-25 03:15 UTC (1,204,113 entries, through #1204113); the 12 entries written since were checked on this load, and every earlier checkpoint still holds",
    });
  });

  it("intact with no full verification yet", () => {
    expect(
      describeChainStatus(status({ since: { entries: 1, report: report({ checked: 1 }) } })).hint,
    ).toBe("1 entry checked on this load; no full verification recorded yet");
  });

  it("broken by the last full verification, whatever the page saw since", () => {
    const v = describeChainStatus(
      status({
        last: run({ ok: false, firstBrokenId: 4411 }),
        since: { entries: 3, report: null },
      }),
    );
    expect(v).toMatchObject({ value: "Broken", tone: "bad" });
    expect(v.hint).toContain("first broken entry #4411");
    expect(describeChainStatus(status({ last: run({ ok: false, rechainedSince: 5 }) })).hint).toBe(
      "Full verification 2026-11-25 03:15 UTC: the log was rewritten after full verification #5",
    );
  });

  it("broken on this load: an edit since the checkpoint, a cut tail, or a re-chained log", () => {
    expect(
      describeChainStatus(
        status({
          last: run(),
          since: { entries: 5, report: report({ ok: false, firstBrokenId: 1_204_120 }) },
        }),
      ).hint,
    ).toBe("Checked on this load, since the last full verification: first broken entry #1204120");
    expect(
      describeChainStatus(
        status({
          last: run(),
          since: { entries: 0, report: report({ ok: false, headMismatch: true }) },
        }),
      ).hint,
    ).toContain("entries missing at the end");
    expect(
      describeChainStatus(
        status({
          last: run(),
          since: {
            entries: 2,
            report: report({
              ok: false,
              checkpointMismatch: { verificationId: 3, throughId: 900 },
            }),
          },
        }),
      ).hint,
    ).toBe(
      "Checked on this load, since the last full verification: the log was rewritten after full verification #3: entry #900 no longer carries the hash recorded then",
    );
  });

  it("too many entries to walk, but an earlier checkpoint no longer holds: broken", () => {
    const v = describeChainStatus(
      status({
        last: run(),
        since: { entries: 250_000, report: null },
        rechained: { verificationId: 2, throughId: 77 },
      }),
    );
    expect(v).toEqual({
      value: "Broken",
      tone: "bad",
      hint: "Checked on this load: the log was rewritten after full verification #2: entry #77 no longer carries the hash recorded then",
    });
  });

  it("broken when the database differs from the anchor file, naming the difference; intact says the anchors match", () => {
    const why = "entry #40, full verification #3's own audit.verified entry, is missing";
    expect(
      describeChainStatus(
        status({ last: run(), anchors: { configured: true, checked: 3, mismatch: why } }),
      ),
    ).toEqual({
      value: "Broken",
      tone: "bad",
      hint: `Compared on this load with the anchor file outside the database: ${why}`,
    });
    expect(
      describeChainStatus(
        status({ last: run(), anchors: { configured: true, checked: 3, mismatch: null } }),
      ).hint,
    ).toMatch(/; the 3 anchored full verifications match the anchor file$/);
    expect(runResult(run({ ok: false, anchorMismatch: why }))).toBe(
      `Broken: the database differs from the anchor file outside it: ${why}`,
    );
  });

  it("not checked when too many entries were written since, and says why", () => {
    const v = describeChainStatus(
      status({ last: run(), since: { entries: 250_000, report: null } }),
    );
    expect(v).toMatchObject({ value: "Not checked yet", tone: "unknown" });
    expect(v.hint).toContain(
      "250,000 entries written since the last full verification (2026-11-25 03:15 UTC)",
    );
  });
});

describe("runResult", () => {
  it("names the result of each kind of run", () => {
    expect(runResult(run())).toBe("Intact");
    expect(runResult(run({ ok: false, firstBrokenId: 12 }))).toBe("Broken: first broken entry #12");
    expect(runResult(run({ ok: false, headMismatch: true }))).toContain(
      "Broken: entries missing at the end",
    );
    expect(runResult(run({ ok: false, rechainedSince: 4 }))).toBe(
      "Broken: the log was rewritten after full verification #4",
    );
    expect(
      runResult(
        run({
          status: "failed",
          ok: null,
          error: "abandoned: no worker finished it within an hour",
        }),
      ),
    ).toBe("abandoned: no worker finished it within an hour");
    expect(runResult(run({ status: "queued", ok: null }))).toBe("—");
  });
});
