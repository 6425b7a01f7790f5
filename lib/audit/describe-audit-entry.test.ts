import { describe, expect, it } from "vitest";
import { describeAuditEntry } from "./describe-audit-entry";

const anna = "0b5a1c52-8d27-4c3e-9a5c-0f7e6e2d1a01";
const boris = "7c1d9e33-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
const names = new Map([
  [anna, "Anna Reviewer"],
  [boris, "Boris Reviewer"],
]);

describe("audit entries in words", () => {
  it("a field correction reads before → after", () => {
    const d = describeAuditEntry(
      {
        action: "request.field_corrected",
        entityType: "request",
        data: {
          field: "amount",
          before: { amountRequestedMinor: 300, currency: "USD" },
          after: { amountRequestedMinor: 250, currency: "USD" },
        },
      },
      names,
    );
    expect(d.summary).toBe("Corrected amount");
    expect(d.changes).toEqual([
      { field: "amount.amountRequestedMinor", before: "300", after: "250" },
    ]);
  });

  it("people's ids become their names; a take-over reads from → to", () => {
    const d = describeAuditEntry(
      { action: "request.taken_over", entityType: "request", data: { from: anna, to: boris } },
      names,
    );
    expect(d.changes).toEqual([
      { field: "assignee", before: "Anna Reviewer", after: "Boris Reviewer" },
    ]);
  });

  it("a decision says its outcome, amount and override; a payout its states", () => {
    expect(
      describeAuditEntry(
        {
          action: "decision.recorded",
          entityType: "request",
          data: {
            kind: "approve",
            amountMinor: 99000,
            currency: "RUB",
            override: true,
            statusBefore: "to_review",
            statusAfter: "decided",
          },
        },
        names,
      ),
    ).toEqual({
      summary: "Decided approve 990.00 RUB (override)",
      changes: [{ field: "status", before: "to_review", after: "decided" }],
    });
    expect(
      describeAuditEntry(
        {
          action: "payout.credited",
          entityType: "payout",
          data: { from: "pending", to: "credited", amountMinor: 300, currency: "USD" },
        },
        names,
      ).summary,
    ).toBe("Payout 3.00 USD pending → credited");
  });

  it("role changes list each changed field only", () => {
    const d = describeAuditEntry(
      {
        action: "user.access_changed",
        entityType: "user",
        data: {
          before: { role: "reviewer", active: true },
          after: { role: "manager", active: true },
        },
      },
      names,
    );
    expect(d.summary).toBe("user: access changed");
    expect(d.changes).toEqual([{ field: "role", before: "reviewer", after: "manager" }]);
  });
});
