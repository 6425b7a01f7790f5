import { beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "@/lib/policy/vocabulary";
import { CLAIM_THRESHOLD, classifyClaim } from "./classify-claim";
import { trainClassifier } from "./learn/text-classifier";
import { textFeatures } from "./learn/text-features";
import { sharedModels } from "./learn/models";

// The models train at a process's first extraction (seconds on a busy machine), not in a test's time.
beforeAll(() => void sharedModels(), 120_000);

describe("classifyClaim (learnt from the training set)", () => {
  it.each<[string, string, Claim]>([
    [
      "Number blocked by operator",
      "Hello,\nMy rented German number was blocked by the operator yesterday. I did nothing wrong. Please refund the 9 EUR to my card ending 4242.\nThanks",
      "operator_blocked",
    ],
    [
      "Номер заблокирован",
      "Здравствуйте! Мой номер заблокировал оператор, я ничего не нарушал. Верните 500 руб. на карту *1234.",
      "operator_blocked",
    ],
    [
      "Changed my mind",
      "Hi, I bought a UK number yesterday but I changed my mind, I don't need it anymore. Please refund $5 to my balance.",
      "changed_mind",
    ],
    [
      "Передумал",
      "Здравствуйте. Купил номер Германии, но передумал, он мне больше не нужен. Верните 300 руб. на баланс.",
      "changed_mind",
    ],
    [
      "Order stuck",
      "I paid for an order two days ago and it is still pending, the order was never completed. Refund 12 USD please to PayPal anna@example.com",
      "order_not_completed",
    ],
    [
      "Случайно пополнил",
      "Здравствуйте, случайно пополнил баланс на 1000 руб., хотел другой сайт. Верните на карту Сбер *2034.",
      "accidental_topup",
    ],
  ])("%s → %s", (subject, body, expected) => {
    const { claim } = classifyClaim(subject, body);
    expect(claim).toMatchObject({ value: expected, guess: expected, recognised: true });
    expect(claim.confidence).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });

  it("gives the reason as the sentence that supports the claim, with its span", () => {
    const body =
      "Hello. My UK number was blocked by the operator on Monday. Please refund £5 to my card ending 4242.";
    const { claim, reason } = classifyClaim("Refund", body);
    expect(reason.value).toBe("My UK number was blocked by the operator on Monday.");
    expect(body.slice(reason.span!.start, reason.span!.end)).toBe(reason.value);
    expect(claim.span).toEqual(reason.span);
  });

  it("below the threshold the claim is not recognised: 'other', with the guess kept", () => {
    const { claim } = classifyClaim("", "Other services work fine, but the code never arrives.");
    if (claim.confidence < CLAIM_THRESHOLD) {
      expect(claim).toMatchObject({ value: "other", recognised: false });
      expect(claim.guess).not.toBeNull();
    } else expect(claim.recognised).toBe(true);
  });
});

describe("trainClassifier", () => {
  const examples = [
    { features: textFeatures("my number is blocked by the operator"), label: "blocked" },
    { features: textFeatures("оператор заблокировал номер"), label: "blocked" },
    { features: textFeatures("I changed my mind about the number"), label: "mind" },
    { features: textFeatures("я передумал, номер не нужен"), label: "mind" },
  ];

  it("is deterministic: two trainings on the same examples give the same scores", () => {
    const probe = textFeatures("the operator blocked it");
    expect(trainClassifier(examples).classify(probe)).toEqual(
      trainClassifier(examples).classify(probe),
    );
  });

  it("learns across languages through shared word families", () => {
    const model = trainClassifier(examples);
    expect(model.classify(textFeatures("zablokirovali moi nomer, operator"))[0]?.label).toBe(
      "blocked",
    );
    expect(model.classify(textFeatures("Передумала"))[0]?.label).toBe("mind");
  });
});
