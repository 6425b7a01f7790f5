import { describe, expect, it } from "vitest";
import { staleChanges } from "./stale-changes";

describe("staleChanges", () => {
  it("reads the changes a STALE refusal carries and skips anything malformed", () => {
    const change = { at: "2026-03-02T10:00:00Z", action: "decision.recorded", by: "Rita" };
    expect(staleChanges({ changes: [change, { at: 5 }, null], currentVersion: 3 })).toEqual([
      change,
    ]);
    expect(staleChanges(undefined)).toEqual([]);
    expect(staleChanges({ changes: "no" })).toEqual([]);
  });
});
