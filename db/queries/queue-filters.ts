import { z } from "zod";
import { ORDER_KINDS, OUTCOMES } from "@/lib/policy/vocabulary";
import { isUuid } from "@/lib/ids";
import { REQUEST_STATUSES } from "../schema/enums";
import { REPLY_FILTERS } from "./queue-reply-state";

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
  /** "draft": the reply to the customer is still an unsent draft; "sent": it has gone (or is queued). */
  reply: optional(z.enum(REPLY_FILTERS)).catch(undefined),
  min: optional(minor).catch(undefined),
  max: optional(minor).catch(undefined),
  from: optional(z.iso.date()).catch(undefined),
  to: optional(z.iso.date()).catch(undefined),
  // Kept as typed, so a search the queue cannot run is shown with its error (queueSearchError), not dropped.
  q: optional(z.string().trim()).catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("due").default("due"),
  after: optional(z.string().max(200)).catch(undefined),
});
export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export const MAX_SEARCH_LENGTH = 200;

/** Why the search term cannot be run, shown beside the search box; null when it can. */
export function queueSearchError(q: string | undefined): string | null {
  if (q === undefined) return null;
  if (q.length > MAX_SEARCH_LENGTH)
    return `Search for at most ${MAX_SEARCH_LENGTH} characters (this is ${q.length}).`;
  // PostgreSQL text cannot hold NUL; other control characters match nothing a person typed.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(q))
    return "The search contains a control character; remove it and search again.";
  return null;
}

/** Keyset cursor: the last row's sort value and id, and for a search its rank (the field it matched). */
export type Cursor = { v: string | null; id: string; rank?: number };
export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isInstant = (v: string) => ISO_INSTANT.test(v) && new Date(v).toISOString() === v;
// The sort value is bound into SQL with the sort's cast: accept only what that sort itself writes.
const VALID_VALUE: Record<QueueFilters["sort"], (v: string) => boolean> = {
  due: (v) => v === "infinity" || isInstant(v),
  received: isInstant,
  // "<currency>:<minor>": amounts sort within their currency (the currency is empty when unknown).
  amount: (v) => /^([A-Z]{3})?:-?\d{1,15}$/.test(v),
};

/** The cursor of a next-page link, or null for a malformed or forged one (the first page then). */
export function decodeCursor(s: string | undefined, sort: QueueFilters["sort"]): Cursor | null {
  if (!s) return null;
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof c !== "object" || c === null || !("v" in c) || !("id" in c)) return null;
  const { v, id } = c;
  const rank = "rank" in c ? c.rank : undefined;
  if (rank !== undefined && !(Number.isInteger(rank) && Number(rank) >= 0 && Number(rank) < 10))
    return null;
  return typeof v === "string" && VALID_VALUE[sort](v) && typeof id === "string" && isUuid(id)
    ? { v, id, ...(rank === undefined ? {} : { rank: Number(rank) }) }
    : null;
}

export function parseQueueFilters(
  params: Record<string, string | string[] | undefined>,
): QueueFilters {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  return queueFiltersSchema.parse(flat);
}
