import { describe, expect, it } from "vitest";
import { extractPaymentDetails, paymentDetailSpans } from "./extract-payment-details";
import { maskPaymentDetail } from "./mask-payment-detail";
import {
  base58CheckVersion,
  isBech32Valid,
  isIbanValid,
  isLuhnValid,
} from "./validate-payment-numbers";

const detail = (text: string) => extractPaymentDetails(text).value;

describe("extractPaymentDetails, the shapes customers write", () => {
  it.each([
    ["back on my card (visa ..6621), not as site credit", "card", "6621"],
    ["I paid with a Mastercard, last digits 7019.", "card", "7019"],
    ["на карту МИР 2200 0000\n0000 0004.", "card", "2200000000000004"],
    ["Kaspi wallet by phone number 8 747 555 3019", "wallet", "Kaspi 87475553019"],
    ["Payeer wallet P1012345678", "wallet", "Payeer P1012345678"],
    ["Beneficiary: X SRL, Account: 001-2345678-90", "bank_account", "001234567890"],
    ["р/сч 40817810338120005566", "bank_account", "40817810338120005566"],
  ])("%s", (text, kind, value) => {
    expect(detail(text)).toMatchObject({ kind, value });
  });
});

describe("extractPaymentDetails", () => {
  it.each([
    ["card 4242 4242 4242 4242", "card", "•••• 4242", "4242424242424242"],
    ["my card ending in 4242", "card", "•••• 4242", "4242"],
    ["карта заканчивается на 1234", "card", "•••• 1234", "1234"],
    ["IBAN: DE89 3704 0044 0532 0130 00", "iban", "DE89 •••• •••• 3000", "DE89370400440532013000"],
    ["PayPal: John.Doe@example.com", "paypal", "j•••@example.com", "john.doe@example.com"],
    [
      "BTC bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
      "crypto",
      "bc1q…f5mdq",
      "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ],
    [
      "btc 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
      "crypto",
      "1BvB…aNVN2",
      "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
    ],
    [
      "USDT TRC20 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
      "crypto",
      "TR7N…jLj6t",
      "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    ],
    [
      "ETH 0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
      "crypto",
      "0x74…8f44e",
      "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
    ],
    [
      "Account number: 40817810099910004312, SWIFT: SABRRUMM",
      "bank_account",
      "•••• 4312",
      "40817810099910004312 BIC SABRRUMM",
    ],
    ["Qiwi кошелек: +79161234567", "wallet", "Qiwi +7•••567", "Qiwi +79161234567"],
  ])("%s", (text, kind, masked, value) => {
    expect(detail(text)).toEqual({ kind, masked, value });
  });

  it("rejects numbers that fail their checksums", () => {
    expect(detail("number 4242 4242 4242 4241")).toBeNull();
    expect(detail("IBAN DE89 3704 0044 0532 0130 01")).toBeNull();
    expect(detail("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).toBeNull();
    expect(detail("my email is bob@example.com")).toBeNull();
  });

  it("keeps only the last four of a card number failing Luhn after a card word", () => {
    expect(detail("на карту ПриватБанка 5168 7573 1234 9876")).toEqual({
      kind: "card",
      masked: "•••• 9876",
      value: "9876",
    });
    expect(extractPaymentDetails("card 4242 4242 4242 4241").confidence).toBeLessThan(0.7);
  });

  it("takes a crypto address failing its checksum only after a crypto word, less sure", () => {
    const x = extractPaymentDetails("USDT TRC20 address:\n\nTXb4Gk9hP6fUj3WfqzL8rN2mYc5eD7sAaQ");
    expect(x.value).toMatchObject({ kind: "crypto", value: "TXb4Gk9hP6fUj3WfqzL8rN2mYc5eD7sAaQ" });
    expect(x.confidence).toBeLessThan(0.7);
  });

  it("finds cards by brand or bank and last digits, wallets by their ids' shape", () => {
    expect(detail("карта Мир, последние цифры 2201")?.value).toBe("2201");
    expect(detail("верните 590р на карту мир 2201")?.value).toBe("2201");
    expect(detail("Верните на мою карту Kaspi *7788.")?.value).toBe("7788");
    expect(detail("Верните 1500 руб на карту Сбера")).toBeNull();
    expect(detail("на киви кошелёк +7 (999) 876-54-32")).toMatchObject({
      kind: "wallet",
      value: "киви +79998765432",
    });
    expect(detail("ЮMoney (Яндекс.Деньги), кошелек 410011234567890")?.kind).toBe("wallet");
  });

  it("does not take a word, an amount or an order number near a wallet's name for its id", () => {
    expect(detail("I paid with QIWI, which has closed.")).toBeNull();
    expect(detail("I paid with Revolut because it was easy")).toBeNull();
    expect(detail("I paid with QIWI 30.00 USD, please refund")).toBeNull();
    expect(detail("I paid with QIWI, refund 30.00 USD")).toBeNull();
    expect(detail("Skrill, order 12345")).toBeNull();
    expect(detail("Revolut: thanks for the help")).toBeNull();
    expect(detail("Wise: because the card was blocked")).toBeNull();
    expect(
      detail(
        "I paid with QIWI, which has closed. Please refund to IBAN DE89 3704 0044 0532 0130 00",
      )?.kind,
    ).toBe("iban");
  });

  it.each([
    ["Skrill: jane.doe@example.com", "Skrill jane.doe@example.com"],
    ["WebMoney Z123456789012", "WebMoney Z123456789012"],
    ["Payoneer: name@example.com", "Payoneer name@example.com"],
    ["Revolut @jane", "Revolut @jane"],
    ["Revolut: janedoe.", "Revolut janedoe"],
    ["Revolut revtag janedoe", "Revolut janedoe"],
    ["Wise account: janedoe", "Wise janedoe"],
    ["QIWI +79161234567", "QIWI +79161234567"],
    ["Qiwi кошелек: +79161234567", "Qiwi +79161234567"],
    ["WebMoney ID: Z123456789012", "WebMoney Z123456789012"],
    ["QIWI Wallet: +79161234567", "QIWI +79161234567"],
    ["Skrill Account: jane@example.com", "Skrill jane@example.com"],
  ])("a wallet and its id: %s", (text, value) => {
    expect(detail(text)).toMatchObject({ kind: "wallet", value });
  });

  it("keeps a wallet's digits out of card detection", () => {
    expect(detail("ЮMoney 410011234567890")?.kind).toBe("wallet");
  });

  it("spans an account and its BIC separately, so each is masked to its own last four", () => {
    const text =
      "Прошу перечислить на р/с 40817810099910004312, БИК 044525225, получатель Иванова.";
    expect(paymentDetailSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "40817810099910004312",
      "044525225",
    ]);
    expect(extractPaymentDetails(text).span?.text).toBe("40817810099910004312, БИК 044525225");
  });

  it("gives a span into the text", () => {
    const text = "Refund to IBAN GB82 WEST 1234 5698 7654 32 please";
    expect(extractPaymentDetails(text).span?.text).toBe("GB82 WEST 1234 5698 7654 32");
  });
});

describe("validators and masks", () => {
  it("checks Luhn, IBAN, base58check and bech32", () => {
    expect(isLuhnValid("4111111111111111")).toBe(true);
    expect(isLuhnValid("4111111111111112")).toBe(false);
    expect(isIbanValid("GB82WEST12345698765432")).toBe(true);
    expect(isIbanValid("GB83WEST12345698765432")).toBe(false);
    expect(base58CheckVersion("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).toBe(5);
    expect(isBech32Valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).toBe(true);
    expect(isBech32Valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")).toBe(false);
  });

  it("never shows more than it should", () => {
    expect(maskPaymentDetail("card", "4242 4242 4242 4242")).toBe("•••• 4242");
    expect(maskPaymentDetail("paypal", "jane@example.com")).toBe("j•••@example.com");
    expect(maskPaymentDetail("other", "short")).toBe("•••");
  });
});
