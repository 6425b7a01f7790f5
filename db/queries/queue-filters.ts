import { z } from "zod";
import { ORDER_KINDS, OUTCOMES } from "@/lib/policy/vocabulary";
import { REQUEST_STATUSES } from "../schema/enums";

export const QUEUE_TABS = [
  "to_review",
  "awaiting_customer",
  "decided",
  "paid",
  "closed",
  "all",
] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const QUEUE_SORTS = ["due", "received", "amount"] as const;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : v), schema.optional());
const minor = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,2})?$/)
  .transform((s) => {
    const [a, b = ""] = s.split(".");
    return Number(a) * 100 + Number(b.padEnd(2, "0"));
  });

/**
 * The queue view as URL parameters, so a view can be shared and bookmarked.
 * Unknown or malformed values are dropped rather than failing the page.
 */
export const queueFiltersSchema = z.object({
  tab: z.enum(QUEUE_TABS).catch("to_review").default("to_review"),
  status: optional(z.enum(REQUEST_STATUSES)).catch(undefined),
  product: optional(z.enum(ORDER_KINDS)).catch(undefined),
  rec: optional(z.enum(OUTCOMES)).catch(undefined),
  clause: optional(z.string().regex(/^[A-Z0-9-]{3,40}$/)).catch(undefined),
  sla: optional(z.enum(["overdue", "today", "later"])).catch(undefined),
  assignee: z.enum(["anyone", "me", "unassigned"]).catch("anyone").default("anyone"),
  currency: optional(z.string().regex(/^[A-Z]{3}$/)).catch(undefined),
  min: optional(minor).catch(undefined),
  max: optional(minor).catch(undefined),
  from: optional(z.iso.date()).catch(undefined),
  to: optional(z.iso.date()).catch(undefined),
  q: optional(z.string().trim().max(200)).catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("due").default("due"),
  after: optional(z.string().max(200)).catch(undefined),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

/** Keyset cursor: the last row's sort value and id. */
export type Cursor = { v: string | null; id: string };
export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const c = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as Cursor;
    // The sort value is bound into SQL with a cast: accept only what the queue itself writes.
    const validValue =
      typeof c.v === "string" &&
      /^(infinity|-?\d{1,15}|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)$/.test(c.v);
    return typeof c.id === "string" && /^[0-9a-f-]{36}$/.test(c.id) && validValue ? c : null;
  } catch {
    return null;
  }
}

export function parseQueueFilters(
  params: Record<string, string | string[] | undefined>,
): QueueFilters {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  return queueFiltersSchema.parse(flat);
}
