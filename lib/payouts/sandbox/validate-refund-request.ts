import { z } from "zod";
import type { RefundDestination } from "../provider/types";

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, "must not be blank");

const destinationSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("original_payment"), paymentRef: text(255) }),
  z.strictObject({ kind: z.enum(["bank_transfer", "wallet", "card"]), details: text(2000) }),
]) satisfies z.ZodType<RefundDestination>;

/** The body of POST /v1/refunds: the request minus its key, which travels in Idempotency-Key. */
export const refundBodySchema = z.strictObject({
  amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an upper-case ISO 4217 code")
    .refine((c) => CURRENCIES.has(c), "is not an ISO 4217 currency"),
  destination: destinationSchema,
  // Stripe's limits: 50 keys, keys up to 40 characters, values up to 500.
  metadata: z
    .record(z.string().min(1).max(40), z.string().max(500))
    .refine((m) => Object.keys(m).length <= 50, "at most 50 keys")
    .optional(),
});

export type RefundBody = z.infer<typeof refundBodySchema>;

/** Printable ASCII, as Stripe accepts; anything else is more likely a bug than a key. */
const idempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,255}$/);

export type RefundRequestCheck =
  | { ok: true; idempotencyKey: string; body: RefundBody }
  | { ok: false; message: string; param: string | null };

/** Validates the Idempotency-Key header and the JSON body of a create call. */
export function validateRefundRequest(
  idempotencyKey: string | undefined,
  body: unknown,
): RefundRequestCheck {
  if (idempotencyKey === undefined)
    return { ok: false, message: "the Idempotency-Key header is required", param: null };
  if (!idempotencyKeySchema.safeParse(idempotencyKey).success)
    return {
      ok: false,
      message: "Idempotency-Key must be 1-255 printable ASCII characters without spaces",
      param: null,
    };
  const parsed = refundBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = issue.path.map(String).join(".") || null;
    return { ok: false, message: `${param ?? "body"}: ${issue.message}`, param };
  }
  return { ok: true, idempotencyKey, body: parsed.data };
}

/** Canonical JSON (sorted keys) of a body: equal requests compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
