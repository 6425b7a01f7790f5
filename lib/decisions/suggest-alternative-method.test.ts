import { describe, expect, it } from "vitest";
import { draftDecisionReply } from "./draft-decision-reply";
import { suggestAlternativeMethod } from "./suggest-alternative-method";

describe("suggestAlternativeMethod", () => {
  it("is empty when the email gave no payment details", () => {
    expect(suggestAlternativeMethod(null, "en")).toBe("");
  });

  it("names the masked details the customer gave, in the reply's language", () => {
    expect(suggestAlternativeMethod({ kind: "bank_account", masked: "•••• 4312" }, "en")).toBe(
      "bank transfer to the account •••• 4312 given in your email",
    );
    expect(suggestAlternativeMethod({ kind: "iban", masked: "DE89 •••• •••• 3000" }, null)).toBe(
      "bank transfer to the IBAN DE89 •••• •••• 3000 given in your email",
    );
    expect(suggestAlternativeMethod({ kind: "card", masked: "•••• 4242" }, "ru")).toBe(
      "перевод на карту •••• 4242 из вашего письма",
    );
  });

  it("suggests nothing that looks like the order's own method, which is the one that cannot refund", () => {
    expect(
      suggestAlternativeMethod({ kind: "wallet", masked: "QIWI +7•••567" }, "ru", "QIWI Wallet"),
    ).toBe("");
    expect(
      suggestAlternativeMethod(
        { kind: "card", masked: "•••• 4242" },
        "en",
        "Prepaid Visa •••• 4242",
      ),
    ).toBe("");
    expect(
      suggestAlternativeMethod(
        { kind: "iban", masked: "DE89 •••• •••• 3000" },
        "en",
        "QIWI Wallet",
      ),
    ).toBe("bank transfer to the IBAN DE89 •••• •••• 3000 given in your email");
    expect(
      suggestAlternativeMethod(
        { kind: "other", masked: "Skrill j•••@example.com" },
        "en",
        "QIWI Wallet",
      ),
    ).toBe("Skrill j•••@example.com given in your email");
    expect(
      suggestAlternativeMethod(
        { kind: "wallet", masked: "Skrill j•••@example.com" },
        "en",
        "QIWI Wallet",
      ),
    ).toBe("the wallet Skrill j•••@example.com given in your email");
  });

  it("reads as a sentence in the drafted reply", () => {
    const alternativeMethod = suggestAlternativeMethod(
      { kind: "bank_account", masked: "•••• 4312" },
      "en",
    );
    const { body } = draftDecisionReply({
      kind: "approve",
      ref: "RR-2026-000002",
      subject: "Refund",
      customerName: "Tanya",
      clauses: [],
      amountMinor: 130000,
      currency: "RUB",
      destination: "direct",
      payoutBy: new Date("2026-12-26T00:00:00Z"),
      language: "en",
      alternativeMethod,
    });
    expect(body).toContain(
      "approved a refund of 1300.00 RUB to you directly by bank transfer to the account •••• 4312 given in your email, as your original payment method cannot receive refunds",
    );
  });
});
