import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";

/**
 * A request with every row it links to, in one statement (drizzle's relational query: each
 * list is a JSON aggregate beside the request row), so a page load holds one connection
 * instead of one per list. Lists are capped where a customer can grow them without bound.
 */
export function findRequestWithLinks(db: Db, id: string) {
  return db.query.refundRequests.findFirst({
    where: (r) => eq(r.id, id),
    with: {
      customer: {
        with: {
          orders: {
            columns: {
              id: true,
              ref: true,
              kind: true,
              serviceName: true,
              phoneNumber: true,
              periodStart: true,
            },
            orderBy: (o, { desc }) => desc(o.periodStart),
            limit: 50,
          },
        },
      },
      order: {
        with: {
          paymentMethod: true,
          outages: { orderBy: (o, { asc }) => asc(o.reportedAt) },
          sms: { orderBy: (s, { asc }) => asc(s.receivedAt), limit: 100 },
          statusEvents: {
            // Same-instant events read "active" first, then in insertion order.
            orderBy: (e, { asc }) => [asc(e.at), sql`${e.status} <> 'active'`, asc(e.seq)],
          },
        },
      },
      assignee: { columns: { id: true, name: true } },
      inboundEmails: {
        columns: {
          id: true,
          channel: true,
          messageId: true,
          fromAddress: true,
          fromName: true,
          subject: true,
          receivedAt: true,
          bodyText: true,
          extraction: true,
          state: true,
          sizeBytes: true,
        },
        extras: (e) => ({ hasHtml: sql<boolean>`${e.bodyHtml} IS NOT NULL`.as("has_html") }),
        orderBy: (e, { asc }) => asc(e.receivedAt),
        with: {
          attachments: {
            columns: {
              id: true,
              emailId: true,
              filename: true,
              contentType: true,
              sizeBytes: true,
            },
          },
        },
      },
      outboundEmails: { orderBy: (e, { asc }) => asc(e.createdAt) },
      decisions: {
        with: { decider: { columns: { name: true } } },
        orderBy: (d, { desc }) => desc(d.createdAt),
      },
      evaluations: { orderBy: (e, { desc }) => desc(e.evaluatedAt), limit: 1 },
      payouts: { orderBy: (p, { desc }) => desc(p.createdAt) },
    },
  });
}
