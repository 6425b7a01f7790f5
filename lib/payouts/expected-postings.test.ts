import { describe, expect, it } from "vitest";
import { expectedPostings } from "./expected-postings";

describe("expectedPostings", () => {
  it("nothing is booked before the credit", () => {
    for (const state of ["pending", "cancelled", "rejected"] as const)
      expect(expectedPostings({ state, attempt: 0, approvalStage: null })).toEqual({
        credit: 0,
        sent: 0,
        settled: 0,
        failed: 0,
      });
    expect(
      expectedPostings({ state: "awaiting_approval", attempt: 0, approvalStage: "before_credit" })
        .credit,
    ).toBe(0);
  });

  it("a direct refund awaiting approval after step 1 holds the credit only", () => {
    expect(
      expectedPostings({ state: "awaiting_approval", attempt: 0, approvalStage: "before_send" }),
    ).toEqual({ credit: 1, sent: 0, settled: 0, failed: 0 });
  });

  it("a settled refund after one failed attempt: credit, two sends, one failure, one settlement", () => {
    expect(expectedPostings({ state: "settled", attempt: 2, approvalStage: null })).toEqual({
      credit: 1,
      sent: 2,
      settled: 1,
      failed: 1,
    });
  });

  it("a failed refund kept on the balance: every send failed", () => {
    expect(expectedPostings({ state: "on_balance", attempt: 2, approvalStage: null })).toEqual({
      credit: 1,
      sent: 2,
      settled: 0,
      failed: 2,
    });
    expect(expectedPostings({ state: "ready", attempt: 1, approvalStage: null }).failed).toBe(1);
    expect(expectedPostings({ state: "sent", attempt: 1, approvalStage: null }).failed).toBe(0);
  });
});
