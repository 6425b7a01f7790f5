import { describe, expect, it } from "vitest";
import type { RefundDestination } from "../provider/types";
import { DEFAULT_FAILURE_RULES, FAILURE_REASONS, decideOutcome, numbersIn } from "./rules";

const outcome = (
  destination: RefundDestination,
  amountMinor = 3200,
  rules = DEFAULT_FAILURE_RULES,
) => decideOutcome({ amountMinor, destination }, rules);
const succeeded = { status: "succeeded", failureReason: null };
const failed = (r: keyof typeof FAILURE_REASONS) => ({
  status: "failed",
  failureReason: FAILURE_REASONS[r],
});

describe("numbersIn", () => {
  it("joins digit groups split by spaces or dashes and leaves out words", () => {
    expect(numbersIn("Visa 4000 0000 0000 0002, exp 12/30")).toEqual([
      "4000000000000002",
      "12",
      "30",
    ]);
    expect(numbersIn("IBAN DE89 3704 0044 0532 0130 00, J. Doe")).toEqual([
      "DE89370400440532013000",
    ]);
    expect(numbersIn("account 4081-7810-0000-0000-0000")).toEqual(["40817810000000000000"]);
  });
});

describe("decideOutcome (default rules)", () => {
  it("declines a card number or an original payment ending 0002", () => {
    expect(outcome({ kind: "card", details: "4000 0000 0000 0002" })).toEqual(
      failed("card_declined"),
    );
    expect(outcome({ kind: "card", details: "card 4000-0000-0000-0002 J. Doe" })).toEqual(
      failed("card_declined"),
    );
    expect(outcome({ kind: "original_payment", paymentRef: "ch_3PqA0002" })).toEqual(
      failed("card_declined"),
    );
    expect(outcome({ kind: "card", details: "4000 0000 0000 0077" })).toEqual(succeeded);
    expect(outcome({ kind: "original_payment", paymentRef: "ch_0002x" })).toEqual(succeeded);
  });

  it("closes bank accounts marked CLOSED (any case) or ending 0000, and wallets ending 0000", () => {
    expect(outcome({ kind: "bank_transfer", details: "Sberbank, account closed" })).toEqual(
      failed("account_closed"),
    );
    expect(
      outcome({ kind: "bank_transfer", details: "acc 4081 7810 0000 0000 0000, BIC 044525225" }),
    ).toEqual(failed("account_closed"));
    expect(
      outcome({ kind: "bank_transfer", details: "acc 4081 7810 0000 0000 0001, BIC 044525225" }),
    ).toEqual(succeeded);
    expect(
      outcome({ kind: "bank_transfer", details: "BIC 044525225, acc 4081 7810 0000 0000 0000" }),
    ).toEqual(failed("account_closed"));
    expect(outcome({ kind: "wallet", details: "YooMoney 4100 1000 0000" })).toEqual(
      failed("account_closed"),
    );
    // The word rule is for bank transfers only; a card is not "closed" by its holder's name.
    expect(outcome({ kind: "card", details: "4000 0000 0000 0077 CLOSED" })).toEqual(succeeded);
  });

  it("rejects the configured amounts, whatever the destination", () => {
    expect(outcome({ kind: "original_payment", paymentRef: "pi_1" }, 1313)).toEqual(
      failed("amount_rejected"),
    );
    expect(outcome({ kind: "original_payment", paymentRef: "pi_1" }, 1314)).toEqual(succeeded);
  });

  it("applies the first matching rule: a declined card wins over a rejected amount", () => {
    expect(outcome({ kind: "card", details: "4000 0000 0000 0002" }, 1313)).toEqual(
      failed("card_declined"),
    );
  });
});

describe("decideOutcome (configured rules)", () => {
  it("uses the configured lists, and empty lists switch a rule off", () => {
    const rules = { cardSuffixes: ["4242"], accountSuffixes: [], bankWords: [], amounts: [99] };
    expect(outcome({ kind: "card", details: "4242 4242 4242 4242" }, 100, rules)).toEqual(
      failed("card_declined"),
    );
    expect(outcome({ kind: "card", details: "4000 0000 0000 0002" }, 100, rules)).toEqual(
      succeeded,
    );
    expect(outcome({ kind: "bank_transfer", details: "CLOSED 0000" }, 100, rules)).toEqual(
      succeeded,
    );
    expect(outcome({ kind: "wallet", details: "w 1" }, 99, rules)).toEqual(
      failed("amount_rejected"),
    );
  });
});
