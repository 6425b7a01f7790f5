import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  providerWebhookEventSchema,
  signProviderWebhook,
  verifyProviderWebhook,
  type ProviderWebhookEvent,
} from "./provider-webhook";

const secret = "whsec_sandbox_secret_of_length";
const now = new Date("2026-12-01T10:00:00Z");
const t = Math.floor(now.getTime() / 1000);
const event: ProviderWebhookEvent = {
  id: "evt_0123abcd",
  type: "refund.succeeded",
  created: t,
  refund: {
    providerRefundId: "re_1",
    idempotencyKey: "payout:1:send:1",
    status: "succeeded",
    amountMinor: 3200,
    currency: "GBP",
    failureReason: null,
  },
};
const body = Buffer.from(JSON.stringify(event));
const mac = (ts = t, b: Buffer | string = body, s = secret) => signProviderWebhook(s, ts, b);
const verify = (header: string | null, b: Buffer | string = body, s = secret) =>
  verifyProviderWebhook({ header, body: b, secret: s, now });

describe("verifyProviderWebhook", () => {
  it("signs hex HMAC-SHA256 over '<t>.<raw body>'", () => {
    const expected = createHmac("sha256", secret).update(`${t}.${body.toString()}`).digest("hex");
    expect(mac()).toBe(expected);
  });

  it("accepts a good signature and returns the parsed event, from a Buffer or a string body", () => {
    expect(verify(`t=${t},v1=${mac()}`)).toEqual({ ok: true, event });
    expect(verify(`v1=${mac()},t=${t}`)).toEqual({ ok: true, event });
    expect(verify(`t=${t},v1=${mac()}`, body.toString())).toEqual({ ok: true, event });
  });

  it("refuses a missing header", () => {
    expect(verify(null)).toEqual({ ok: false, reason: "missing_signature" });
    expect(verify("")).toEqual({ ok: false, reason: "missing_signature" });
  });

  it("refuses an expired or future timestamp beyond 5 minutes, accepts at the edge", () => {
    expect(verify(`t=${t - 300},v1=${mac(t - 300)}`).ok).toBe(true);
    expect(verify(`t=${t + 300},v1=${mac(t + 300)}`).ok).toBe(true);
    expect(verify(`t=${t - 301},v1=${mac(t - 301)}`)).toEqual({
      ok: false,
      reason: "stale_signature",
    });
    expect(verify(`t=${t + 301},v1=${mac(t + 301)}`)).toEqual({
      ok: false,
      reason: "stale_signature",
    });
    const header = `t=${t - 60},v1=${mac(t - 60)}`;
    expect(verifyProviderWebhook({ header, body, secret, now, toleranceSeconds: 30 })).toEqual({
      ok: false,
      reason: "stale_signature",
    });
  });

  it("refuses a wrong secret, a tampered body and a MAC made for another timestamp", () => {
    const invalid = { ok: false, reason: "invalid_signature" };
    expect(verify(`t=${t},v1=${mac()}`, body, "another-secret-entirely")).toEqual(invalid);
    const tampered = Buffer.from(body.toString().replace("3200", "9999"));
    expect(verify(`t=${t},v1=${mac()}`, tampered)).toEqual(invalid);
    expect(verify(`t=${t},v1=${mac(t - 1)}`)).toEqual(invalid);
  });

  it.each([
    [
      "a smuggled field before v1 (t=T,xv1=…,v1=…)",
      () => `t=${t},xv1=${"0".repeat(64)},v1=${mac()}`,
    ],
    ["a second v1 after the good one", () => `t=${t},v1=${mac()},v1=${"0".repeat(64)}`],
    ["a second v1 before the good one", () => `t=${t},v1=${"0".repeat(64)},v1=${mac()}`],
    ["a duplicate t", () => `t=${t},t=${t - 999},v1=${mac()}`],
    ["an unknown extra field", () => `t=${t},v1=${mac()},v0=${mac()}`],
    ["v1 only", () => `v1=${mac()}`],
    ["t only", () => `t=${t}`],
    ["upper-case hex", () => `t=${t},v1=${mac().toUpperCase()}`],
    ["short hex", () => `t=${t},v1=${mac().slice(2)}`],
    ["non-hex", () => `t=${t},v1=${"g".repeat(64)}`],
    ["spaces", () => `t=${t}, v1=${mac()}`],
    ["a fractional timestamp", () => `t=${t}.0,v1=${mac()}`],
    ["a signed timestamp", () => `t=+${t},v1=${mac()}`],
    ["a field without '='", () => `t=${t},v1`],
    ["a trailing comma", () => `t=${t},v1=${mac()},`],
  ])("refuses a malformed header: %s", (_name, header) => {
    expect(verify(header())).toEqual({ ok: false, reason: "malformed_signature" });
  });

  it("refuses a correctly signed body that is not a valid event", () => {
    const check = (b: string) => verify(`t=${t},v1=${mac(t, b)}`, b);
    expect(check("not json")).toEqual({ ok: false, reason: "invalid_event" });
    expect(check(JSON.stringify({ ...event, id: "nope" }))).toEqual({
      ok: false,
      reason: "invalid_event",
    });
    const mismatched = { ...event, type: "refund.failed" };
    expect(check(JSON.stringify(mismatched))).toEqual({ ok: false, reason: "invalid_event" });
  });
});

describe("providerWebhookEventSchema", () => {
  it("ties the event type to the refund's status and a failure to its reason", () => {
    const failed = {
      ...event,
      type: "refund.failed",
      refund: { ...event.refund, status: "failed", failureReason: "card_declined: refused" },
    };
    expect(providerWebhookEventSchema.safeParse(failed).success).toBe(true);
    const noReason = { ...failed, refund: { ...failed.refund, failureReason: null } };
    expect(providerWebhookEventSchema.safeParse(noReason).success).toBe(false);
    const pending = { ...event, refund: { ...event.refund, status: "pending" } };
    expect(providerWebhookEventSchema.safeParse(pending).success).toBe(false);
  });
});
