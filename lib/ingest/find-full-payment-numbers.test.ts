import { describe, expect, it } from "vitest";
import { findFullPaymentNumbers } from "./find-full-payment-numbers";

const kinds = (text: string) => findFullPaymentNumbers(text).map((f) => f.kind);

describe("finding full card numbers and IBANs (the plaintext scan)", () => {
  it("finds card numbers of 13 to 19 digits passing Luhn, written with spaces, dashes or none", () => {
    expect(kinds("card 4111 1111 1111 1111.")).toEqual(["card"]);
    expect(kinds("4111-1111-1111-1111")).toEqual(["card"]);
    expect(kinds('{"pan":"4242424242424242"}')).toEqual(["card"]);
    expect(kinds("4111\u00a01111\u00a01111\u00a01111")).toEqual(["card"]);
    expect(kinds("4222222222222")).toEqual(["card"]);
    expect(kinds("6011 0009 9013 9424 000 0")).toEqual([]);
  });

  it("finds IBANs passing mod-97, with or without spaces, in either case", () => {
    expect(kinds("IBAN DE89 3704 0044 0532 0130 00")).toEqual(["iban"]);
    expect(kinds("GB29NWBK60161331926819")).toEqual(["iban"]);
    expect(kinds("de89370400440532013000")).toEqual(["iban"]);
    expect(kinds("DE89 3704 0044 0532 0130 00 is my IBAN, thanks")).toEqual(["iban"]);
    expect(kinds("pay DE89370400440532013000 today")).toEqual(["iban"]);
  });

  it("ignores what only looks alike: failing checks, masked forms, hashes, ids, dates, phone numbers", () => {
    expect(kinds("4111 1111 1111 1112")).toEqual([]);
    expect(kinds("•••• •••• •••• 1111")).toEqual([]);
    expect(kinds("DE89 3704 0044 0532 0130 01")).toEqual([]);
    expect(kinds("DE89 •••• •••• 3000")).toEqual([]);
    expect(kinds("a3f14111111111111111e9c0b2d4")).toEqual([]);
    expect(kinds("9c1e2b1a-4111-1111-1111-111111111111")).toEqual([]);
    expect(kinds("2026-03-02T10:00:00.000Z +44 7911 123456 RR-2026-000123")).toEqual([]);
  });

  it("says where each one is and what it holds", () => {
    expect(findFullPaymentNumbers("x 4242 4242 4242 4242 y")).toEqual([
      { kind: "card", index: 2, value: "4242 4242 4242 4242" },
    ]);
  });
});
