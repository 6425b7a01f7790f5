import { describe, expect, it } from "vitest";
import { fingerprintOf } from "./create-refund";
import { canonicalJson, validateRefundRequest, type RefundBody } from "./validate-refund-request";

const body: RefundBody = {
  amountMinor: 3200,
  currency: "GBP",
  destination: { kind: "original_payment", paymentRef: "ch_1" },
  metadata: { payoutId: "p-1" },
};

describe("validateRefundRequest", () => {
  it("accepts a well-formed request", () => {
    expect(validateRefundRequest("payout:1:send:1", body)).toEqual({
      ok: true,
      idempotencyKey: "payout:1:send:1",
      body,
    });
    const alt = { ...body, destination: { kind: "bank_transfer", details: "IBAN DE89 3704" } };
    expect(validateRefundRequest("k", alt).ok).toBe(true);
  });

  it.each([
    ["a missing key", undefined, "the Idempotency-Key header is required"],
    ["an empty key", "", "Idempotency-Key must be"],
    ["a key with a space", "a b", "Idempotency-Key must be"],
    ["a key over 255 characters", "k".repeat(256), "Idempotency-Key must be"],
  ])("refuses %s", (_name, key, message) => {
    const check = validateRefundRequest(key, body);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain(message);
  });

  it.each([
    ["a fractional amount", { amountMinor: 12.5 }, "amountMinor"],
    ["a zero amount", { amountMinor: 0 }, "amountMinor"],
    ["a negative amount", { amountMinor: -100 }, "amountMinor"],
    ["an amount as a string", { amountMinor: "3200" }, "amountMinor"],
    ["an unsafe integer", { amountMinor: 2 ** 53 }, "amountMinor"],
    ["a lower-case currency", { currency: "gbp" }, "currency"],
    ["a made-up currency", { currency: "XYZ" }, "currency"],
    [
      "an unknown destination kind",
      { destination: { kind: "cash", details: "x" } },
      "destination.kind",
    ],
    ["blank details", { destination: { kind: "card", details: "   " } }, "destination.details"],
    [
      "a paymentRef on an alternative",
      { destination: { kind: "card", paymentRef: "ch_1" } },
      "destination",
    ],
    [
      "details on an original payment",
      { destination: { kind: "original_payment", details: "x" } },
      "destination",
    ],
    ["a non-string metadata value", { metadata: { n: 1 } }, "metadata.n"],
    [
      "51 metadata keys",
      { metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) },
      "metadata",
    ],
    ["an unknown field", { idempotencyKey: "k" }, "body"],
  ])("refuses %s, naming the field", (_name, change, param) => {
    const check = validateRefundRequest("k", { ...body, ...change });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message.startsWith(`${param}`)).toBe(true);
  });

  it("refuses a body that is not an object", () => {
    expect(validateRefundRequest("k", null).ok).toBe(false);
    expect(validateRefundRequest("k", [body]).ok).toBe(false);
  });
});

describe("fingerprintOf", () => {
  it("is the same whatever the key order, and an empty metadata equals none", () => {
    const reordered = {
      metadata: { payoutId: "p-1" },
      destination: { paymentRef: "ch_1", kind: "original_payment" as const },
      currency: "GBP",
      amountMinor: 3200,
    };
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(body));
    const { metadata: _m, ...bare } = reordered;
    expect(fingerprintOf({ ...bare, metadata: {} })).toBe(fingerprintOf(bare));
  });

  it("differs when any value differs", () => {
    expect(fingerprintOf({ ...body, amountMinor: 3201 })).not.toBe(fingerprintOf(body));
    expect(fingerprintOf({ ...body, metadata: { payoutId: "p-2" } })).not.toBe(fingerprintOf(body));
  });

  it("canonicalJson sorts keys at every depth", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
