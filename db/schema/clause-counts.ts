import { integer, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { requestStatusEnum } from "./enums";

/**
 * Requests per recommended clause and status, kept exact by a trigger on refund_requests
 * (migration 0025_queue_at_two_million), spread over 16 rows per pair like the tab counters so concurrent writers do
 * not queue on one row: readers sum the shards. The queue's clause filter takes its tab counts
 * from here, and learns whether a clause is rare enough to be listed from its GIN index.
 */
export const requestClauseCounts = pgTable(
  "request_clause_counts",
  {
    clause: text("clause").notNull(),
    status: requestStatusEnum("status").notNull(),
    shard: smallint("shard").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clause, t.status, t.shard] })],
);

/**
 * Decisions per cited clause, kept by a trigger on decisions (append-only, so only ever counted
 * up), 16 rows per clause like the counters above. The decisions view's clause filter learns from
 * here whether the clause is rare enough to be listed from its GIN index.
 */
export const decisionClauseCounts = pgTable(
  "decision_clause_counts",
  {
    clause: text("clause").notNull(),
    shard: smallint("shard").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clause, t.shard] })],
);
