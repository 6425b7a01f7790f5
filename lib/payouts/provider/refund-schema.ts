import { z } from "zod";
import type { ProviderRefund } from "./types";

/** A refund as the provider's API and webhooks carry it (types.ts ProviderRefund). */
export const providerRefundSchema = z
  .object({
    providerRefundId: z.string().min(1).max(255),
    idempotencyKey: z.string().min(1).max(255),
    status: z.enum(["pending", "succeeded", "failed"]),
    amountMinor: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    currency: z.string().regex(/^[A-Z]{3}$/),
    failureReason: z.string().min(1).nullable(),
  })
  .refine((r) => (r.status === "failed") === (r.failureReason !== null), {
    message: "failureReason is set exactly when the refund failed",
    path: ["failureReason"],
  }) satisfies z.ZodType<ProviderRefund>;
