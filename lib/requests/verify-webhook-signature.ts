import { createHmac, timingSafeEqual } from "node:crypto";

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** How old a signed delivery may be; also bounds the replay memory. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The signature a sender computes: hex HMAC-SHA256 over "<timestamp>.<raw body>". */
export function signWebhook(secret: string, timestamp: number, body: Buffer): string {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest("hex");
}

/**
 * Header `X-Refund-Desk-Signature: t=<unix seconds>,v1=<hex>`. Rejects a
 * missing or malformed header, a stale or future timestamp, and a wrong MAC.
 */
export function verifyWebhookSignature(opts: {
  secret: string;
  header: string | null;
  body: Buffer;
  now?: Date;
}): SignatureCheck {
  if (!opts.header) return { ok: false, reason: "missing signature" };
  const parts = Object.fromEntries(
    opts.header.split(",").map((p) => p.trim().split("=", 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || !/^[0-9a-f]{64}$/.test(parts.v1))
    return { ok: false, reason: "malformed signature" };
  const nowSec = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSec - t) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: "stale signature" };
  const expected = Buffer.from(signWebhook(opts.secret, t, opts.body), "hex");
  const given = Buffer.from(parts.v1, "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: "invalid signature" };
  return { ok: true };
}
