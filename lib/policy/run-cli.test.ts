import { describe, expect, it } from "vitest";
import { buildCase } from "./fixtures/build-case";
import { evaluate } from "./evaluate";
import { runPolicyCli } from "./run-cli";

describe("runPolicyCli", () => {
  it("prints one result as pretty JSON for one case", () => {
    const input = buildCase({ request: { claim: "changed_mind" } });
    const out = runPolicyCli(JSON.stringify(input));
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout).toBe(`${JSON.stringify(evaluate(input), null, 2)}\n`);
    expect(JSON.parse(out.stdout).outcome).toBe("deny");
  });

  it("prints an array of results for an array of cases", () => {
    const cases = [
      buildCase({ request: { claim: "changed_mind" } }),
      buildCase({ order: { status: "blocked_by_operator", statusAt: "2026-03-10T00:00:00Z" } }),
    ];
    const out = runPolicyCli(JSON.stringify(cases));
    expect(out.code).toBe(0);
    const results = JSON.parse(out.stdout) as { outcome: string; amountMinor: number | null }[];
    expect(results.map((r) => [r.outcome, r.amountMinor])).toEqual([
      ["deny", null],
      ["approve", 2100],
    ]);
    expect(runPolicyCli("[]")).toEqual({ stdout: "[]\n", stderr: "", code: 0 });
  });

  it("rejects invalid JSON with exit code 2 and nothing on stdout", () => {
    const out = runPolicyCli("{ not json");
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^invalid JSON: /);
    expect(runPolicyCli("").code).toBe(2);
  });

  it("lists every schema issue with its path, prefixed by the case index in an array", () => {
    const good = buildCase();
    const bad = {
      ...buildCase(),
      request: { ...buildCase().request, claim: "refund_please" },
      order: { ...buildCase().order, paidMinor: 1.5 },
    };
    const out = runPolicyCli(JSON.stringify([good, good, good, bad]));
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    const lines = out.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^cases\[3\]\.request\.claim: Invalid option/);
    expect(lines[1]).toMatch(/^cases\[3\]\.order\.paidMinor: /);
  });

  it("paths a single case without a prefix, down into arrays", () => {
    const input = buildCase();
    const bad = {
      ...input,
      order: {
        ...input.order,
        outages: [{ reportedAt: "2026-03-01", resolvedAt: null, cause: "aliens" }],
      },
    };
    const out = runPolicyCli(JSON.stringify(bad));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("order.outages[0].reportedAt: ");
    expect(out.stderr).toContain("order.outages[0].cause: Invalid option");
  });

  it("reports a non-object input at the root", () => {
    const out = runPolicyCli("42");
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^\(root\): /);
  });
});
