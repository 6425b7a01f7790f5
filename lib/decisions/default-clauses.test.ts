import { describe, expect, it } from "vitest";
import { clauseChoices, defaultClauses } from "./default-clauses";

const approveRec = {
  outcome: "approve" as const,
  clauses: ["VN-BAL-OUTAGE-24H" as const, "SLA-BALANCE-5WD" as const],
};

describe("defaultClauses", () => {
  it("follows the recommendation's clauses when the reviewer keeps its outcome", () => {
    expect(defaultClauses("approve", approveRec)).toEqual(["VN-BAL-OUTAGE-24H", "SLA-BALANCE-5WD"]);
  });

  it("starts empty for a different outcome: an override never inherits the recommendation's clauses", () => {
    expect(defaultClauses("deny", approveRec)).toEqual([]);
    expect(defaultClauses("partial", approveRec)).toEqual([]);
    expect(
      defaultClauses("approve", { outcome: "deny", clauses: ["GEN-DENY-CHANGED-MIND"] }),
    ).toEqual([]);
  });

  it("a request for information starts with REQ-INCOMPLETE, the one clause that fits it", () => {
    expect(defaultClauses("request_info", approveRec)).toEqual(["REQ-INCOMPLETE"]);
  });

  it("with no recommendation (manual review) nothing is preselected", () => {
    expect(defaultClauses("approve", { outcome: "manual_review", clauses: [] })).toEqual([]);
  });
});

describe("clauseChoices", () => {
  it("lists the fitting clauses first and every clause once", () => {
    const deny = clauseChoices("deny");
    expect(deny).toHaveLength(new Set(deny.map((c) => c.id)).size);
    const firstMisfit = deny.findIndex((c) => !c.fits);
    expect(deny.slice(0, firstMisfit).every((c) => c.fits)).toBe(true);
    expect(deny.find((c) => c.id === "GEN-DENY-CHANGED-MIND")?.fits).toBe(true);
    expect(deny.find((c) => c.id === "VN-BAL-OUTAGE-24H")?.fits).toBe(false);
    expect(clauseChoices("approve").find((c) => c.id === "VN-DENY-FRAUD")?.fits).toBe(false);
  });
});
