import { describe, expect, it } from "vitest";
import { getClause } from "@/lib/policy/clauses";
import { draftDecisionReply } from "./draft-decision-reply";

const base = {
  ref: "RR-2026-000042",
  subject: "Re: my number",
  customerName: "Anna",
  currency: "USD",
  payoutBy: new Date("2026-12-02T10:00:00Z"),
} as const;

describe("decision replies", () => {
  it("quotes only the clauses of the decision: none on a manager's discretion, no denial on an approval", () => {
    const discretion = draftDecisionReply({
      ...base,
      kind: "approve",
      clauses: [],
      amountMinor: 990,
      destination: "balance",
    });
    expect(discretion.body).not.toMatch(/refund policy/i);
    const approval = draftDecisionReply({
      ...base,
      kind: "approve",
      clauses: ["VN-BAL-OUTAGE-24H"],
      amountMinor: 990,
      destination: "balance",
    });
    expect(approval.body).toContain("more than 24 hours");
    expect(approval.body).not.toContain(getClause("GEN-DENY-CHANGED-MIND").policyText);
  });

  it("an approval quotes the amount, destination, deadline and the policy sentence", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "approve",
      clauses: ["VN-BAL-OUTAGE-24H", "SLA-BALANCE-5WD"],
      amountMinor: 1250,
      destination: "balance",
    });
    expect(r.subject).toBe("Re: [RR-2026-000042] my number");
    expect(r.body).toContain(
      "approved a refund of 12.50 USD to the balance of your personal account",
    );
    expect(r.body).toContain("no later than 2026-12-02");
    expect(r.body).toContain("The rented number has not worked for more than 24 hours");
    expect(r.body).not.toContain("SLA-");
  });

  it("a direct refund to a method that cannot refund names the alternative", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "partial",
      clauses: ["VN-DIRECT-PROVIDER-FAULT"],
      amountMinor: 500,
      destination: "direct",
      alternativeMethod: "bank transfer to the IBAN you gave",
    });
    expect(r.body).toContain(
      "partial refund of 5.00 USD to you directly by bank transfer to the IBAN you gave",
    );
  });

  it("a denial to a Russian-speaking customer is in Russian and quotes the policy as published", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "deny",
      clauses: ["GEN-DENY-CHANGED-MIND"],
      amountMinor: null,
      destination: null,
      payoutBy: null,
      language: "ru",
    });
    expect(r.body).toMatch(/^Здравствуйте, Anna!/);
    expect(r.body).toContain("возврат не предусмотрен");
    expect(r.body).toContain("The Client has changed their mind regarding the order");
  });

  it("a request for information lists what is missing", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "request_info",
      clauses: [],
      amountMinor: null,
      destination: null,
      payoutBy: null,
      missing: ["amount", "paymentDetails"],
    });
    expect(r.body).toContain(
      "Please reply to this email with:\n  - the amount you would like refunded\n  - bank requisites or other payment method details for the refund\n",
    );
    expect(r.body).not.toContain("details below");
  });

  it("a request for information in Russian lists the items in Russian", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "request_info",
      clauses: [],
      amountMinor: null,
      destination: null,
      payoutBy: null,
      missing: ["reason"],
      language: "ru",
    });
    expect(r.body).toContain("укажите:\n  - причину возврата\n");
  });

  it("never promises details below that do not follow", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "request_info",
      clauses: [],
      amountMinor: null,
      destination: null,
      payoutBy: null,
      missing: [],
    });
    expect(r.body).not.toMatch(/below/);
  });

  it("a refund without a known amount reads as a sentence (no empty gap)", () => {
    const r = draftDecisionReply({
      ...base,
      kind: "approve",
      clauses: [],
      amountMinor: null,
      destination: "balance",
    });
    expect(r.body).toContain("approved a refund to the balance of your personal account");
    expect(r.body).not.toMatch(/ {2}to the balance/);
  });
});
