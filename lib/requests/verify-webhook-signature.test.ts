import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  SIGNATURE_TOLERANCE_SECONDS,
  signWebhook,
  verifyWebhookSignature,
} from "./verify-webhook-signature";

const secret = "a-webhook-secret-of-some-length";
const body = Buffer.from("From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n");
const now = new Date("2026-03-02T10:00:00Z");
const t = Math.floor(now.getTime() / 1000);
const header = (ts = t, mac = signWebhook(secret, ts, body)) => `t=${ts},v1=${mac}`;

describe("verifyWebhookSignature", () => {
  it("signs hex HMAC-SHA256 over '<timestamp>.<raw body>'", () => {
    const expected = createHmac("sha256", secret)
      .update(Buffer.concat([Buffer.from(`${t}.`), body]))
      .digest("hex");
    expect(signWebhook(secret, t, body)).toBe(expected);
  });

  it("accepts a correct signature", () => {
    expect(verifyWebhookSignature({ secret, header: header(), body, now })).toEqual({ ok: true });
  });

  it("refuses a valid signature behind an extra field (the replay-key sidestep): the header is exactly t=<digits>,v1=<64 hex>", () => {
    const mac = signWebhook(secret, t, body);
    const random = "0123456789abcdef".repeat(4);
    for (const h of [
      `t=${t},xv1=${random},v1=${mac}`,
      `t=${t},v1=${random},v1=${mac}`,
      `t=${t},v1=${mac},v1=${random}`,
      `v1=${mac},t=${t}`,
      `t=${t}, v1=${mac}`,
      `t=${t},v1=${mac},`,
      ` t=${t},v1=${mac}`,
    ])
      expect(verifyWebhookSignature({ secret, header: h, body, now }), h).toEqual({
        ok: false,
        reason: "malformed signature",
      });
  });

  it("rejects a missing header", () => {
    expect(verifyWebhookSignature({ secret, header: null, body, now })).toEqual({
      ok: false,
      reason: "missing signature",
    });
    expect(verifyWebhookSignature({ secret, header: "", body, now })).toEqual({
      ok: false,
      reason: "missing signature",
    });
  });

  it.each([
    ["no parts", "garbage"],
    ["no timestamp", `v1=${"a".repeat(64)}`],
    ["non-numeric timestamp", `t=abc,v1=${"a".repeat(64)}`],
    ["fractional timestamp", `t=${t}.5,v1=${"a".repeat(64)}`],
    ["short mac", `t=${t},v1=abc`],
    ["uppercase hex", `t=${t},v1=${"A".repeat(64)}`],
    ["non-hex mac", `t=${t},v1=${"z".repeat(64)}`],
    ["mac too long", `t=${t},v1=${"a".repeat(66)}`],
  ])("rejects a malformed header (%s)", (_name, h) => {
    expect(verifyWebhookSignature({ secret, header: h, body, now })).toEqual({
      ok: false,
      reason: "malformed signature",
    });
  });

  it("rejects stale and future timestamps beyond the tolerance, accepts at the edge", () => {
    const edge = SIGNATURE_TOLERANCE_SECONDS;
    expect(verifyWebhookSignature({ secret, header: header(t - edge), body, now }).ok).toBe(true);
    expect(verifyWebhookSignature({ secret, header: header(t + edge), body, now }).ok).toBe(true);
    expect(verifyWebhookSignature({ secret, header: header(t - edge - 1), body, now })).toEqual({
      ok: false,
      reason: "stale signature",
    });
    expect(verifyWebhookSignature({ secret, header: header(t + edge + 1), body, now })).toEqual({
      ok: false,
      reason: "stale signature",
    });
  });

  it("rejects a wrong secret, a changed body and a MAC for another timestamp", () => {
    const invalid = { ok: false, reason: "invalid signature" };
    expect(
      verifyWebhookSignature({ secret: "another-secret-entirely", header: header(), body, now }),
    ).toEqual(invalid);
    expect(
      verifyWebhookSignature({
        secret,
        header: header(),
        body: Buffer.concat([body, Buffer.from("x")]),
        now,
      }),
    ).toEqual(invalid);
    expect(
      verifyWebhookSignature({
        secret,
        header: header(t, signWebhook(secret, t - 1, body)),
        body,
        now,
      }),
    ).toEqual(invalid);
  });
});
