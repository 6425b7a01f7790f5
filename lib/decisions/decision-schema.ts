import { z } from "zod";
import { DECISION_KINDS } from "./vocabulary";
import { CLAUSE_IDS } from "@/lib/policy/clauses";
import { DESTINATIONS, REQUIRED_ITEMS } from "@/lib/policy/vocabulary";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * Money typed by a person ("12.50", "1 200,5") → integer minor units of a
 * currency with `digits` decimal places (2 for USD, 0 for JPY); never via floats.
 */
export function parseMajorAmount(text: string, digits = 2): number | null {
  const t = text.replace(/[\s\u00a0]/g, "").replace(",", ".");
  const m = new RegExp(`^(\\d{1,9})(?:\\.(\\d{1,${Math.max(digits, 1)}}))?$`).exec(t);
  if (!m || (digits === 0 && m[2])) return null;
  return Number(m[1]) * 10 ** digits + Number((m[2] ?? "").padEnd(digits, "0") || "0");
}

/** What a reviewer submits. Amounts arrive as major-unit text from the form and become minor units. */
export const recordDecisionSchema = z
  .object({
    requestId: z.uuid(),
    /** The request version the form was rendered from (optimistic concurrency). */
    version: z.coerce.number().int().positive(),
    /** One per rendered form, so a double submit records one decision. */
    idempotencyKey: z.string().min(8).max(100),
    kind: z.enum(DECISION_KINDS, "Choose approve, partial, deny or request information"),
    clauses: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(CLAUSE_IDS, "Unknown policy clause")).max(30),
    ),
    /**
     * Optional: following the recommendation needs no note (its explanation is the reason);
     * checkDecision asks for one when there is no recommendation to follow.
     */
    note: z.preprocess(
      (v) => (v === undefined || v === null ? "" : v),
      z.string().trim().max(5000),
    ),
    /** Request information: the items the reply asks the customer for (REQ-INCOMPLETE). */
    askedItems: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(REQUIRED_ITEMS, "Unknown item to ask for")).max(REQUIRED_ITEMS.length),
    ),
    amount: z.preprocess(emptyToUndefined, z.string().max(20).optional()),
    currency: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Z]{3}$/, "Use a 3-letter currency code")
        .optional(),
    ),
    destination: z.preprocess(emptyToUndefined, z.enum(DESTINATIONS).optional()),
    alternativeMethod: z.preprocess(emptyToUndefined, z.string().trim().max(300).optional()),
    justification: z.preprocess(emptyToUndefined, z.string().trim().max(5000).optional()),
    /** "No clause: manager's discretion" (managers only, with a justification). */
    discretion: z
      .preprocess((v) => v === "on" || v === "true" || v === true, z.boolean())
      .default(false),
    takeOver: z
      .preprocess((v) => v === "on" || v === "true" || v === true, z.boolean())
      .default(false),
    replySubject: z.preprocess(emptyToUndefined, z.string().trim().max(300).optional()),
    replyBody: z.preprocess(emptyToUndefined, z.string().trim().max(20000).optional()),
  })
  .superRefine((v, ctx) => {
    const paying = v.kind === "approve" || v.kind === "partial";
    if (paying) {
      if (!v.amount)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "Enter the amount to refund" });
      else if (v.amount.trim().startsWith("-"))
        ctx.addIssue({
          code: "custom",
          path: ["amount"],
          message: "The amount cannot be negative",
        });
      else if (parseMajorAmount(v.amount) === null)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "Enter an amount like 12.50" });
      else if (parseMajorAmount(v.amount) === 0)
        ctx.addIssue({
          code: "custom",
          path: ["amount"],
          message: "An approved refund must be more than zero",
        });
      if (!v.destination)
        ctx.addIssue({
          code: "custom",
          path: ["destination"],
          message: "Choose balance or direct refund",
        });
      if (!v.currency)
        ctx.addIssue({ code: "custom", path: ["currency"], message: "The currency is missing" });
    }
    if (v.kind === "request_info" && v.askedItems.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["askedItems"],
        message: "Tick at least one item to ask the customer for",
      });
    if (v.kind !== "request_info" && v.clauses.length === 0 && !v.discretion) {
      ctx.addIssue({
        code: "custom",
        path: ["clauses"],
        message: "Cite at least one policy clause",
      });
    }
  });

export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;
