import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/app-error";
import { checkClauseFit } from "./check-clause-fit";

type Input = Parameters<typeof checkClauseFit>[0];
const base: Input = { kind: "approve", clauses: [], discretion: false, justification: undefined };

function refusal(
  input: Partial<Input>,
  outcome: Parameters<typeof checkClauseFit>[1] = "approve",
  manager = false,
) {
  try {
    checkClauseFit({ ...base, ...input }, outcome, manager);
    return null;
  } catch (err) {
    if (!isAppError(err)) throw err;
    return err;
  }
}

describe("clause fit", () => {
  it("an approval or partial cites the entitlement that pays, with payment and deadline clauses allowed", () => {
    expect(refusal({ clauses: ["VN-BAL-OUTAGE-24H", "SLA-BALANCE-5WD"] })).toBeNull();
    expect(
      refusal({
        kind: "partial",
        clauses: ["VN-DIRECT-PROVIDER-FAULT", "PAY-DIRECT-PERSONAL-REQUEST"],
      }),
    ).toBeNull();
    expect(refusal({ clauses: ["SLA-BALANCE-5WD"] })?.fieldErrors?.clauses?.[0]).toMatch(
      /entitlement/,
    );
  });

  it("an approval quoting a denial clause is refused (the reply would give the customer a denial's reason)", () => {
    const err = refusal(
      { kind: "approve", clauses: ["VN-BAL-OUTAGE-24H", "VN-DENY-OUTAGE-UNDER-24H"] },
      "deny",
    );
    expect(err?.code).toBe("INVALID_INPUT");
    expect(err?.userMessage).toMatch(/VN-DENY-OUTAGE-UNDER-24H/);
    expect(refusal({ clauses: ["VN-BAL-OUTAGE-24H", "REQ-INCOMPLETE"] })?.userMessage).toMatch(
      /REQ-INCOMPLETE/,
    );
  });

  it("a denial cites a bar or denial, never an entitlement that pays", () => {
    expect(refusal({ kind: "deny", clauses: ["GEN-DENY-CHANGED-MIND"] }, "deny")).toBeNull();
    expect(refusal({ kind: "deny", clauses: ["VN-DENY-FRAUD"] }, "deny")).toBeNull();
    expect(refusal({ kind: "deny", clauses: ["SLA-REVIEW-2WD"] }, "deny")?.userMessage).toMatch(
      /bar or the denial/,
    );
    expect(
      refusal({ kind: "deny", clauses: ["GEN-DENY-CHANGED-MIND", "VN-BAL-OUTAGE-24H"] }, "approve")
        ?.userMessage,
    ).toMatch(/VN-BAL-OUTAGE-24H/);
  });

  it("nothing to pay now (already refunded, or wait) closes citing DISP-AUTO-NO-SMS", () => {
    expect(refusal({ kind: "deny", clauses: ["DISP-AUTO-NO-SMS"] }, "already_refunded")).toBeNull();
    expect(refusal({ kind: "deny", clauses: ["DISP-AUTO-NO-SMS"] }, "wait")).toBeNull();
    expect(refusal({ kind: "deny", clauses: ["DISP-AUTO-NO-SMS"] }, "approve")).not.toBeNull();
  });

  it("a request for information cites REQ-INCOMPLETE", () => {
    expect(refusal({ kind: "request_info", clauses: ["REQ-INCOMPLETE"] }, "needs_info")).toBeNull();
    expect(refusal({ kind: "request_info", clauses: [] }, "needs_info")?.userMessage).toMatch(
      /REQ-INCOMPLETE/,
    );
  });

  it("no clause on the manager's discretion: managers only, with a justification", () => {
    expect(refusal({ kind: "approve", discretion: true }, "deny", false)?.userMessage).toMatch(
      /Only a manager/,
    );
    expect(
      refusal({ kind: "approve", discretion: true }, "deny", true)?.fieldErrors?.justification,
    ).toBeDefined();
    expect(
      refusal(
        { kind: "approve", discretion: true, justification: "Goodwill: outage on our side" },
        "deny",
        true,
      ),
    ).toBeNull();
  });
});
