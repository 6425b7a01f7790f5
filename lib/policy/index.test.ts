import { describe, expect, it } from "vitest";
import * as policy from "./index";
import { buildCase } from "./fixtures/build-case";

describe("public API", () => {
  it("exports the engine, its schema, the catalogue and the interpretations", () => {
    expect(Object.keys(policy).sort()).toEqual(
      [
        "CLAIM_DENIALS",
        "CLAIM_ORDER_KINDS",
        "CLAUSES",
        "CLAUSE_IDS",
        "CLAUSE_KINDS",
        "DEFAULT_CALENDAR",
        "ENGINE_VERSION",
        "INTERPRETATIONS",
        "OUTAGE_THRESHOLD_MS",
        "POLICY_FLAGS",
        "POLICY_NOTES",
        "addCalendarMonth",
        "addWorkingDays",
        "calendarSchema",
        "clipIntervals",
        "evaluate",
        "formatIssuePath",
        "formatMinor",
        "getClause",
        "isWorkingDay",
        "measureOutages",
        "mergeIntervals",
        "parsePolicyCase",
        "policyCaseSchema",
        "proRataMinor",
        "runPolicyCli",
      ].sort(),
    );
  });

  it("evaluates through the public entry point", () => {
    const result = policy.evaluate(buildCase({ request: { claim: "misunderstanding" } }));
    expect(result.outcome).toBe("deny");
    expect(result.clauses).toEqual(["GEN-DENY-MISUNDERSTANDING"]);
    expect(result.engineVersion).toBe(policy.ENGINE_VERSION);
  });

  it("parsePolicyCase returns issues instead of throwing", () => {
    const parsed = policy.parsePolicyCase({
      ...buildCase(),
      account: { ...buildCase().account, kyc: "maybe" },
    });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(["account.kyc"]);
  });
});
