import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../client";
import { decisionClauseCounts } from "../../schema";
import { COUNT_CAP } from "../queue-clause-counts";
import { SUPERSEDED, whereDecisions } from "./decision-conditions";
import {
  decodeDecisionCursor,
  encodeDecisionCursor,
  type DecisionFilters,
} from "./decisions-filters";

export const DECISIONS_PAGE_SIZE = 50;

export type DecisionRow = {
  id: string;
  decidedAt: Date;
  kind: string;
  amountMinor: number | null;
  currency: string | null;
  destination: string | null;
  clauses: string[];
  override: boolean;
  agrees: boolean | null;
  recOutcome: string | null;
  reviewDueBy: Date | null;
  justification: string | null;
  note: string;
  decidedByName: string;
  requestId: string;
  ref: string;
  productKind: string | null;
  claim: string;
  payoutState: string | null;
  superseded: boolean;
};

/** The columns of a decisions-view row, shared by the page and the CSV export. */
export function decisionRowsQuery(where: SQL, limit: number | null): SQL {
  return sql`
    SELECT d.id, d.created_at AS "decidedAt", d.kind::text AS kind, d.amount_minor::float8 AS "amountMinor",
      d.currency::text AS currency, d.destination::text AS destination, d.clauses, d.override, d.agrees,
      d.rec_outcome::text AS "recOutcome", d.review_due_by AS "reviewDueBy", d.justification, d.note,
      u.name AS "decidedByName", r.id AS "requestId", r.ref, r.product_kind AS "productKind", r.claim::text AS claim,
      (SELECT p.state::text FROM payouts p WHERE p.decision_id = d.id ORDER BY p.created_at DESC LIMIT 1) AS "payoutState",
      ${SUPERSEDED} AS superseded
    FROM decisions d
    JOIN refund_requests r ON r.id = d.request_id
    JOIN users u ON u.id = d.decided_by
    WHERE ${where}
    ORDER BY d.created_at DESC, d.id DESC
    ${limit === null ? sql`` : sql`LIMIT ${limit}`}`;
}

/** Decisions citing `clause`, from decision_clause_counts (kept by a trigger). */
export async function decisionsCiting(db: Db, clause: string): Promise<number> {
  const c = decisionClauseCounts;
  const [row] = await db.execute<{ n: number }>(
    sql`SELECT coalesce(sum(${c.n}), 0)::int AS n FROM ${c} WHERE ${c.clause} = ${clause}`,
  );
  return row?.n ?? 0;
}

/**
 * The condition that finds a rarely cited clause's decisions first, from the GIN index, or null.
 * Walking the decisions newest first for a clause cited a handful of times reads them all (3 s at
 * 2 000 000 requests); the planner, which cannot see how rare a clause is, would walk.
 */
export async function rareClauseDriver(db: Db, f: DecisionFilters): Promise<SQL | null> {
  if (!f.clause || (await decisionsCiting(db, f.clause)) >= COUNT_CAP) return null;
  return sql`d.id = ANY(ARRAY(SELECT x.id FROM decisions x WHERE x.clauses @> ARRAY[${f.clause}]::text[]))`;
}

/** The statement of one page (and one row more): listDecisions runs it, the plan test EXPLAINs it. */
export async function decisionsPageStatement(
  db: Db,
  f: DecisionFilters,
  pageSize = DECISIONS_PAGE_SIZE,
): Promise<SQL> {
  const cursor = decodeDecisionCursor(f.after);
  const keyset = cursor
    ? [sql`(d.created_at, d.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`]
    : [];
  const driver = await rareClauseDriver(db, f);
  return decisionRowsQuery(
    whereDecisions(f, [...keyset, ...(driver ? [driver] : [])]),
    pageSize + 1,
  );
}

/** One page of decisions, newest first, paged by keyset on (created_at, id). */
export async function listDecisions(
  db: Db,
  f: DecisionFilters,
  pageSize = DECISIONS_PAGE_SIZE,
): Promise<{ rows: DecisionRow[]; nextCursor: string | null }> {
  const raw = await db.execute<Record<string, unknown>>(
    await decisionsPageStatement(db, f, pageSize),
  );
  const rows = raw.map(toDecisionRow);
  const page = rows.slice(0, pageSize);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor:
      rows.length > pageSize && last
        ? encodeDecisionCursor({ at: last.decidedAt.toISOString(), id: last.id })
        : null,
  };
}

/** A raw row (dates as strings from db.execute) into its typed shape. */
export function toDecisionRow(x: Record<string, unknown>): DecisionRow {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(String(v)));
  return {
    ...(x as Omit<DecisionRow, "decidedAt" | "reviewDueBy">),
    decidedAt: new Date(String(x.decidedAt)),
    reviewDueBy: date(x.reviewDueBy),
  };
}
