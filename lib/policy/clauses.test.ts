import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAUSE_IDS, CLAUSE_KINDS, CLAUSES, getClause } from "./clauses";
import { CLAIM_DENIALS, CLAIM_ORDER_KINDS, INTERPRETATIONS } from "./interpretations";
import { POLICY_NOTES } from "./policy-notes";
import { CLAIMS } from "./vocabulary";

const copyPath = path.resolve(__dirname, "refund-policy.txt");
const sharedPath = path.resolve(__dirname, "../../../shared/refund-policy.txt");
const policy = readFileSync(copyPath, "utf8");

describe("refund-policy.txt copy", () => {
  it.skipIf(!existsSync(sharedPath))("equals the shared policy text", () => {
    expect(policy).toBe(readFileSync(sharedPath, "utf8"));
  });
});

describe("clause catalogue", () => {
  it("lists each id of policy-spec.md once, in catalogue order", () => {
    expect(CLAUSES.map((c) => c.id)).toEqual([...CLAUSE_IDS]);
    expect(new Set(CLAUSE_IDS).size).toBe(24);
  });

  it("quotes every policy text verbatim from refund-policy.txt", () => {
    for (const clause of CLAUSES) expect(policy, clause.id).toContain(clause.policyText);
    for (const note of POLICY_NOTES) expect(policy, note.id).toContain(note.policyText);
  });

  it("gives every clause a known kind, a one-line title and the spec's kind counts", () => {
    for (const clause of CLAUSES) {
      expect(CLAUSE_KINDS).toContain(clause.kind);
      expect(clause.title.length).toBeGreaterThan(0);
      expect(clause.title).not.toContain("\n");
    }
    const count = (kind: string) => CLAUSES.filter((c) => c.kind === kind).length;
    expect([
      count("gate"),
      count("bar"),
      count("entitlement"),
      count("denial"),
      count("payment"),
      count("deadline"),
    ]).toEqual([1, 3, 6, 9, 2, 3]);
  });

  it("getClause returns the catalogue entry", () => {
    expect(getClause("SLA-DIRECT-1M")).toEqual(CLAUSES.find((c) => c.id === "SLA-DIRECT-1M"));
  });
});

describe("interpretations as data", () => {
  it("name real clause ids and have unique ids", () => {
    for (const item of INTERPRETATIONS)
      for (const id of item.clauses) expect(CLAUSE_IDS).toContain(id);
    expect(new Set(INTERPRETATIONS.map((i) => i.id)).size).toBe(INTERPRETATIONS.length);
    for (const note of POLICY_NOTES)
      for (const id of note.relatesTo) expect(CLAUSE_IDS).toContain(id);
  });

  it("cover every claim in the claim tables", () => {
    expect(Object.keys(CLAIM_ORDER_KINDS).sort()).toEqual([...CLAIMS].sort());
    expect(Object.keys(CLAIM_DENIALS).sort()).toEqual([...CLAIMS].sort());
    for (const id of Object.values(CLAIM_DENIALS))
      if (id) expect(getClause(id).kind).toBe("denial");
  });
});
