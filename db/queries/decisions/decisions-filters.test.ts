import { describe, expect, it } from "vitest";
import {
  decisionFiltersToParams,
  decodeDecisionCursor,
  encodeDecisionCursor,
  parseDecisionFilters,
} from "./decisions-filters";

describe("decisions view filters", () => {
  it("parse the URL, dropping malformed values, and write it back the same", () => {
    const f = parseDecisionFilters({
      reviewer: "8d0c9a3e-8f1e-4a51-9c53-0d3f0f7c1a11",
      kind: "approve",
      override: "yes",
      min: "9.90",
      currency: "rub",
      destination: "moon",
      sla: "late",
      payout: "none",
      from: "2026-11-01",
    });
    expect(f).toMatchObject({ kind: "approve", override: "yes", min: 990, payout: "none" });
    expect(f.currency).toBe("RUB");
    expect(f.destination).toBeUndefined();
    expect(f.sla).toBeUndefined();
    expect(decisionFiltersToParams(f).toString()).toBe(
      "reviewer=8d0c9a3e-8f1e-4a51-9c53-0d3f0f7c1a11&kind=approve&override=yes&min=9.90&currency=RUB&from=2026-11-01&payout=none",
    );
  });

  it("a forged cursor is ignored rather than bound into SQL", () => {
    const good = { at: "2026-11-30T10:00:00.000Z", id: "8d0c9a3e-8f1e-4a51-9c53-0d3f0f7c1a11" };
    expect(decodeDecisionCursor(encodeDecisionCursor(good))).toEqual(good);
    expect(decodeDecisionCursor(encodeDecisionCursor({ ...good, at: "now()" }))).toBeNull();
    expect(decodeDecisionCursor("not-base64-json")).toBeNull();
  });
});
