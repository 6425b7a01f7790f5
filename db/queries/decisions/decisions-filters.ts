import { z } from "zod";
import { DECISION_KINDS } from "@/lib/decisions/vocabulary";
import { isUuid } from "@/lib/ids";
import { PAYOUT_STATES } from "@/lib/payouts/vocabulary";
import { CLAIMS, DESTINATIONS, ORDER_KINDS } from "@/lib/policy/vocabulary";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), schema.optional());
const yesNo = optional(z.enum(["yes", "no"])).catch(undefined);
// Amounts are typed in major units with up to 2 decimals; compared in minor units of the row's own currency.
const minor = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,2})?$/)
  .transform((s) => {
    const [a, b = ""] = s.split(".");
    return Number(a) * 100 + Number(b.padEnd(2, "0"));
  });

/**
 * The decisions view as URL parameters (shared, bookmarked, and the target
 * of every report's drill-down). Malformed values are dropped, never fatal.
 */
export const decisionFiltersSchema = z.object({
  reviewer: optional(z.uuid()).catch(undefined),
  kind: optional(z.enum(DECISION_KINDS)).catch(undefined),
  clause: optional(z.string().regex(/^[A-Z0-9-]{3,40}$/)).catch(undefined),
  override: yesNo,
  agrees: yesNo,
  min: optional(minor).catch(undefined),
  max: optional(minor).catch(undefined),
  currency: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/),
  ).catch(undefined),
  destination: optional(z.enum(DESTINATIONS)).catch(undefined),
  from: optional(z.iso.date()).catch(undefined),
  to: optional(z.iso.date()).catch(undefined),
  sla: optional(z.enum(["met", "missed"])).catch(undefined),
  payout: optional(z.enum([...PAYOUT_STATES, "none"])).catch(undefined),
  /** The payout's own SLA (SLA-BALANCE-5WD credited / SLA-DIRECT-1M settled by its due date). */
  payoutSla: optional(z.enum(["met", "missed"])).catch(undefined),
  product: optional(z.enum(ORDER_KINDS)).catch(undefined),
  claim: optional(z.enum(CLAIMS)).catch(undefined),
  /** Only the decision in force on its request (not superseded by a later one). */
  current: yesNo,
  after: optional(z.string().max(200)).catch(undefined),
});
export type DecisionFilters = z.infer<typeof decisionFiltersSchema>;
export const DECISION_FILTER_KEYS = Object.keys(decisionFiltersSchema.shape).filter(
  (k) => k !== "after",
) as (keyof Omit<DecisionFilters, "after">)[];

export function parseDecisionFilters(
  params: Record<string, string | string[] | undefined>,
): DecisionFilters {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  return decisionFiltersSchema.parse(flat);
}

/** The filters back as URL parameters (amounts in major units as typed), without the cursor. */
export function decisionFiltersToParams(f: DecisionFilters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of DECISION_FILTER_KEYS) {
    const v = f[k];
    if (v === undefined) continue;
    p.set(k, k === "min" || k === "max" ? (Number(v) / 100).toFixed(2) : String(v));
  }
  return p;
}

/** Keyset cursor of the decisions view: the last row's time and id. */
export type DecisionCursor = { at: string; id: string };
export const encodeDecisionCursor = (c: DecisionCursor) =>
  Buffer.from(JSON.stringify(c)).toString("base64url");

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The cursor of a next-page link, or null for a malformed or forged one (the first page then). */
export function decodeDecisionCursor(s: string | undefined): DecisionCursor | null {
  if (!s) return null;
  try {
    const c: unknown = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    if (typeof c !== "object" || c === null || !("at" in c) || !("id" in c)) return null;
    const { at, id } = c;
    return typeof at === "string" && ISO_INSTANT.test(at) && typeof id === "string" && isUuid(id)
      ? { at, id }
      : null;
  } catch {
    return null;
  }
}
