import { sql as dsql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { encodeCursor } from "../../../db/queries/queue-filters";

/**
 * The queue's cases to time, on rows of the bench database (a cursor 20 000
 * rows deep, a word, a reference and an address that exist), with the
 * reviewer who browses and one request for the request page.
 */
export async function findPageCases(db: Db, reviewerEmail: string) {
  const [me] = await db.execute<{ id: string }>(
    dsql`SELECT id FROM users WHERE email = ${reviewerEmail}`,
  );
  // OFFSET here only finds a row 20 000 deep; the app pages by keyset.
  const [deep] = await db.execute<{ review_by: Date | null; id: string }>(
    dsql`SELECT review_by, id FROM refund_requests WHERE status = 'to_review' ORDER BY coalesce(review_by, 'infinity'::timestamptz), id OFFSET 20000 LIMIT 1`,
  );
  const deepCursor = encodeCursor({
    v: deep?.review_by ? new Date(deep.review_by).toISOString() : "infinity",
    id: deep?.id ?? "",
  });
  const [word] = await db.execute<{ w: string }>(
    dsql`SELECT split_part(subject, ' ', 1) AS w FROM refund_requests WHERE subject <> '' LIMIT 1 OFFSET 777`,
  );
  const [someRequest] = await db.execute<{ id: string; ref: string; from_address: string }>(
    dsql`SELECT id, ref, from_address FROM refund_requests OFFSET 12345 LIMIT 1`,
  );
  if (!me || !someRequest) throw new Error("the bench database has no reviewer or no request");
  const cases: { name: string; query: Record<string, string> }[] = [
    { name: "queue: first page", query: {} },
    { name: "queue: deep page (row 20 000)", query: { after: deepCursor } },
    { name: "queue: all tabs, sorted by amount", query: { tab: "all", sort: "amount" } },
    {
      name: "queue: filters (product, rec, SLA, currency)",
      query: { product: "rented_number", rec: "approve", sla: "overdue", currency: "USD" },
    },
    { name: "queue: clause filter", query: { tab: "all", clause: "VN-BAL-OUTAGE-24H" } },
    { name: "queue: search by words", query: { tab: "all", q: word?.w || "refund" } },
    { name: "queue: search by reference", query: { tab: "all", q: someRequest.ref } },
    { name: "queue: search by email", query: { tab: "all", q: someRequest.from_address } },
    // No row matches: what the page costs before any row is rendered (tabs, filters, layout).
    { name: "queue: no matching rows", query: { tab: "all", q: "zqxjkvw" } },
  ];
  return { me, someRequest, cases };
}
