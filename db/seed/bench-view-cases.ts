import { parsePhoneNumberFromString } from "libphonenumber-js";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { encodeCursor } from "@/db/queries/queue-filters";

/** A page view as its URL parameters. */
export type ViewCase = { name: string; query: Record<string, string> };

export type BenchViewCases = {
  /** The reviewer who browses the queue. */
  me: { id: string };
  /** The request whose page is timed, and whose sender, customer and order are searched for. */
  someRequest: { id: string; ref: string };
  queue: ViewCase[];
  decisions: ViewCase[];
};

/** A clause no grown request or decision cites often (the fraud denial), and one most cite. */
export const RARE_CLAUSE = "VN-DENY-FRAUD";
export const COMMON_CLAUSE = "VN-BAL-OUTAGE-24H";

type Row = Record<string, string | null>;
const one = async (db: Db, q: ReturnType<typeof sql>): Promise<Row | undefined> =>
  (await db.execute<Row>(q))[0];

/**
 * The queue and decisions views that the queue plan test and `npm run bench` check, on rows of a
 * grown database: each tab, the filters one by one and four together, the clause filter (a common
 * and a rare clause), the sorts, a page deep in the queue, and searches by words, name, bare
 * number, phone (national and international), order, email and reference for the customer of the
 * request at the same position by reference in every database (grown from the same seed, it is
 * the same person). Found through indexes only, so finding them costs little at any size.
 */
export async function findBenchViewCases(db: Db, reviewerEmail: string): Promise<BenchViewCases> {
  const me = await one(db, sql`SELECT id FROM users WHERE email = ${reviewerEmail}`);
  const [{ n } = { n: 0 }] = await db.execute<{ n: number }>(
    sql`SELECT sum(n)::int AS n FROM request_status_counts WHERE status = 'to_review'`,
  );
  const depth = Math.min(20_000, Math.floor(n / 2));
  // OFFSET here only finds a row deep in the tab; the app pages by keyset.
  const deep = await one(
    db,
    sql`SELECT review_by::text, id FROM refund_requests WHERE status = 'to_review' ORDER BY coalesce(review_by, 'infinity'::timestamptz), id OFFSET ${depth} LIMIT 1`,
  );
  const r = await one(
    db,
    sql`SELECT r.id, r.ref, r.from_address, r.subject, c.name, o.ref AS order_ref, o.phone_number
        FROM (SELECT * FROM refund_requests ORDER BY ref OFFSET 12345 LIMIT 1) r
        LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN orders o ON o.id = r.order_id`,
  );
  const newest = await one(
    db,
    sql`SELECT decided_by FROM decisions ORDER BY created_at DESC LIMIT 1`,
  );
  if (!me?.id || !r?.id || !r.ref) throw new Error("the database has no reviewer or no request");
  const phone = parsePhoneNumberFromString(r.phone_number ?? "");
  const word = (r.subject ?? "refund").split(" ")[0] ?? "refund";
  const lastName = (r.name ?? "").split(" ").at(-1)?.toLowerCase() ?? "";
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  const all = (q: Record<string, string>) => ({ tab: "all", ...q });
  const queue: ViewCase[] = [
    { name: "queue: to review, by due date (first page)", query: {} },
    ...["awaiting_customer", "decided", "paid", "closed", "all"].map((tab) => ({
      name: `queue: tab ${tab}`,
      query: { tab },
    })),
    {
      name: `queue: deep page (row ${depth})`,
      query: {
        after: encodeCursor({
          v: deep?.review_by ? new Date(deep.review_by).toISOString() : "infinity",
          id: deep?.id ?? "",
        }),
      },
    },
    { name: "queue: sorted by received", query: { sort: "received" } },
    { name: "queue: all tabs, sorted by amount", query: all({ sort: "amount" }) },
    { name: "queue: product", query: { product: "rented_number" } },
    { name: "queue: recommendation approve", query: { rec: "approve" } },
    { name: "queue: SLA overdue", query: { sla: "overdue" } },
    { name: "queue: SLA due today", query: { sla: "today" } },
    { name: "queue: currency USD", query: { currency: "USD" } },
    { name: "queue: currency seen nowhere (JPY)", query: all({ currency: "JPY" }) },
    { name: "queue: mine", query: { assignee: "me" } },
    { name: "queue: unassigned", query: { assignee: "unassigned" } },
    { name: "queue: reply still a draft", query: { tab: "awaiting_customer", reply: "draft" } },
    { name: "queue: amount 10.00-20.00", query: { min: "10.00", max: "20.00" } },
    { name: "queue: received in the last week", query: all({ from: weekAgo }) },
    { name: `queue: clause filter (${COMMON_CLAUSE})`, query: all({ clause: COMMON_CLAUSE }) },
    { name: `queue: clause filter, rare (${RARE_CLAUSE})`, query: all({ clause: RARE_CLAUSE }) },
    {
      name: "queue: four filters (product, rec, SLA, currency)",
      query: { product: "rented_number", rec: "approve", sla: "overdue", currency: "USD" },
    },
    { name: `queue: search words "${word}"`, query: all({ q: word }) },
    { name: `queue: search name "${lastName}"`, query: all({ q: lastName }) },
    { name: "queue: search bare number", query: all({ q: String(Number(r.ref.slice(-6))) }) },
    ...(phone
      ? [
          { name: "queue: search phone, national", query: all({ q: phone.formatNational() }) },
          {
            name: "queue: search phone, international",
            query: all({ q: phone.formatInternational() }),
          },
        ]
      : []),
    { name: "queue: search order reference", query: all({ q: r.order_ref ?? "ORD-000000" }) },
    { name: "queue: search email", query: all({ q: r.from_address ?? "" }) },
    { name: "queue: search reference", query: all({ q: r.ref }) },
    // No row matches: what the page costs before any row is rendered (tabs, filters, layout).
    { name: "queue: search matching nothing", query: all({ q: "zqxjkvw" }) },
  ];
  const decisions: ViewCase[] = [
    { name: "decisions: first page", query: {} },
    {
      name: "decisions: one reviewer's overrides",
      query: { reviewer: newest?.decided_by ?? "", override: "yes" },
    },
    { name: "decisions: denials", query: { kind: "deny" } },
    { name: "decisions: disagreeing with the policy", query: { agrees: "no" } },
    { name: `decisions: clause ${COMMON_CLAUSE}`, query: { clause: COMMON_CLAUSE } },
    { name: `decisions: clause, rare (${RARE_CLAUSE})`, query: { clause: RARE_CLAUSE } },
    { name: "decisions: SLA missed, RUB", query: { sla: "missed", currency: "RUB" } },
    { name: "decisions: no payout", query: { payout: "none" } },
    { name: "decisions: superseded (reopened)", query: { current: "no" } },
    { name: "decisions: product rented number", query: { product: "rented_number" } },
    { name: "decisions: last week", query: { from: weekAgo } },
  ];
  return { me: { id: me.id }, someRequest: { id: r.id, ref: r.ref }, queue, decisions };
}
