import { createHmac, timingSafeEqual } from "node:crypto";

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** How old a signed delivery may be; also bounds the replay memory. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The signature a sender computes: hex HMAC-SHA256 over "<timestamp>.<raw body>". */
export function signWebhook(secret: string, timestamp: number, body: Buffer): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
}

/** The one header value, parsed once: its MAC is both what is checked and the replay key. */
export type WebhookSignature = { timestamp: number; v1: string };

const HEADER = /^t=(\d{1,15}),v1=([0-9a-f]{64})$/;

/**
 * Header `X-Refund-Desk-Signature`: exactly `t=<unix seconds>,v1=<64 lowercase hex>`, nothing
 * else. A strict shape leaves no second `v1` to pick: with a lenient parse, the MAC checked
 * and the replay key recorded could come from different fields, and a captured request
 * would replay behind an extra field.
 */
export function parseWebhookSignature(
  header: string | null,
): { ok: true; signature: WebhookSignature } | { ok: false; reason: string } {
  if (!header) return { ok: false, reason: "missing signature" };
  const m = HEADER.exec(header);
  if (!m) return { ok: false, reason: "malformed signature" };
  return { ok: true, signature: { timestamp: Number(m[1]), v1: m[2]! } };
}

/** A signature older or further ahead than the tolerance is refused before its body is read. */
export function checkSignatureTime(s: WebhookSignature, now = new Date()): SignatureCheck {
  const nowSec = Math.floor(now.getTime() / 1000);
  return Math.abs(nowSec - s.timestamp) > SIGNATURE_TOLERANCE_SECONDS
    ? { ok: false, reason: "stale signature" }
    : { ok: true };
}

/** Computes the MAC while the body streams in; `matches()` once it has all been read. */
export function signatureVerifier(secret: string, s: WebhookSignature) {
  const hmac = createHmac("sha256", secret).update(`${s.timestamp}.`);
  return {
    update: (chunk: Uint8Array) => void hmac.update(chunk),
    matches: (): boolean => {
      const expected = hmac.digest();
      const given = Buffer.from(s.v1, "hex");
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

/**
 * The whole check on a body already in memory: shape, time, MAC. Rejects a missing or
 * malformed header, a stale or future timestamp, and a wrong MAC.
 */
export function verifyWebhookSignature(opts: {
  secret: string;
  header: string | null;
  body: Buffer;
  now?: Date;
}): SignatureCheck {
  const parsed = parseWebhookSignature(opts.header);
  if (!parsed.ok) return parsed;
  const fresh = checkSignatureTime(parsed.signature, opts.now);
  if (!fresh.ok) return fresh;
  const verifier = signatureVerifier(opts.secret, parsed.signature);
  verifier.update(opts.body);
  return verifier.matches() ? { ok: true } : { ok: false, reason: "invalid signature" };
}
