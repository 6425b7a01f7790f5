import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { providerRefundSchema } from "./refund-schema";

/** The header the provider signs its webhooks with: `t=<unix seconds>,v1=<64 hex>`. */
export const PROVIDER_SIGNATURE_HEADER = "X-Provider-Signature";

/** How far a signature's timestamp may be from now, either way. */
export const PROVIDER_WEBHOOK_TOLERANCE_SECONDS = 300;

/** A refund's outcome as the provider reports it. The app remembers `id` to refuse replays. */
export const providerWebhookEventSchema = z
  .object({
    id: z.string().regex(/^evt_[A-Za-z0-9]{1,250}$/),
    type: z.enum(["refund.succeeded", "refund.failed"]),
    created: z.number().int().positive(),
    refund: providerRefundSchema,
  })
  .refine((e) => e.type === `refund.${e.refund.status}`, {
    message: "the event type does not match the refund's status",
    path: ["type"],
  });

export type ProviderWebhookEvent = z.infer<typeof providerWebhookEventSchema>;

export type ProviderWebhookRefusal =
  | "missing_signature"
  | "malformed_signature"
  | "stale_signature"
  | "invalid_signature"
  | "invalid_event";

export type ProviderWebhookCheck =
  { ok: true; event: ProviderWebhookEvent } | { ok: false; reason: ProviderWebhookRefusal };

/** Hex HMAC-SHA256 over "<t>.<raw body>", as the provider computes it. */
export function signProviderWebhook(secret: string, t: number, body: Buffer | string): string {
  return createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");
}

/**
 * Exactly `t=<seconds>,v1=<64 lower-case hex>`, in either order, nothing
 * else: a lenient parser lets an attacker smuggle fields (`xv1=`, a second
 * `v1=`) past a proxy or a log that reads the header differently.
 */
function parseSignatureHeader(header: string): { t: number; v1: string } | null {
  const parts = header.split(",");
  if (parts.length !== 2) return null;
  const fields = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq < 0) return null;
    const key = part.slice(0, eq);
    if ((key !== "t" && key !== "v1") || fields.has(key)) return null;
    fields.set(key, part.slice(eq + 1));
  }
  const t = fields.get("t") ?? "";
  const v1 = fields.get("v1") ?? "";
  if (!/^[1-9][0-9]{0,11}$/.test(t) || !/^[0-9a-f]{64}$/.test(v1)) return null;
  return { t: Number(t), v1 };
}

/**
 * Checks a provider webhook delivery: the signature over the raw body (timing-safe),
 * its age, then the event's shape. Replays within the tolerance pass here;
 * the app refuses them by the event id it has already processed.
 */
export function verifyProviderWebhook(opts: {
  /** The X-Provider-Signature header as received (null when absent). */
  header: string | null | undefined;
  /** The raw request body, exactly as received. */
  body: Buffer | string;
  secret: string;
  now?: Date;
  toleranceSeconds?: number;
}): ProviderWebhookCheck {
  if (!opts.header) return { ok: false, reason: "missing_signature" };
  const sig = parseSignatureHeader(opts.header);
  if (!sig) return { ok: false, reason: "malformed_signature" };
  const nowSec = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  const tolerance = opts.toleranceSeconds ?? PROVIDER_WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(nowSec - sig.t) > tolerance) return { ok: false, reason: "stale_signature" };
  const expected = Buffer.from(signProviderWebhook(opts.secret, sig.t, opts.body), "hex");
  if (!timingSafeEqual(expected, Buffer.from(sig.v1, "hex")))
    return { ok: false, reason: "invalid_signature" };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.isBuffer(opts.body) ? opts.body.toString("utf8") : opts.body);
  } catch {
    return { ok: false, reason: "invalid_event" };
  }
  const event = providerWebhookEventSchema.safeParse(json);
  return event.success ? { ok: true, event: event.data } : { ok: false, reason: "invalid_event" };
}
