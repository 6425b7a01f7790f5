import type postgres from "postgres";
import type { Db } from "@/db/client";
import { whereDecisions } from "@/db/queries/decisions/decision-conditions";
import {
  decisionFiltersToParams,
  type DecisionFilters,
} from "@/db/queries/decisions/decisions-filters";
import {
  decisionRowsQuery,
  toDecisionRow,
  type DecisionRow,
} from "@/db/queries/decisions/list-decisions";
import { streamRows } from "@/db/queries/export/stream-rows";
import type { CsvColumn } from "./csv";
import { csvResponse } from "./csv-response";
import { recordExport } from "./record-export";

export const DECISION_COLUMNS: CsvColumn<DecisionRow>[] = [
  { header: "decided_at", value: (r) => r.decidedAt },
  { header: "request", value: (r) => r.ref },
  { header: "reviewer", value: (r) => r.decidedByName },
  { header: "outcome", value: (r) => r.kind },
  { header: "amount_minor", value: (r) => r.amountMinor },
  { header: "currency", value: (r) => r.currency },
  { header: "destination", value: (r) => r.destination },
  { header: "clauses", value: (r) => r.clauses },
  { header: "override", value: (r) => r.override },
  { header: "recommendation", value: (r) => r.recOutcome },
  { header: "agrees_with_recommendation", value: (r) => r.agrees },
  {
    header: "review_sla",
    value: (r) => (r.reviewDueBy ? (r.decidedAt <= r.reviewDueBy ? "met" : "missed") : null),
  },
  { header: "payout_state", value: (r) => r.payoutState },
  { header: "superseded", value: (r) => r.superseded },
  { header: "product", value: (r) => r.productKind },
  { header: "claim", value: (r) => r.claim },
  { header: "justification", value: (r) => r.justification },
  { header: "note", value: (r) => r.note },
];

async function* decisionRows(client: postgres.Sql, f: DecisionFilters) {
  for await (const raw of streamRows(client, decisionRowsQuery(whereDecisions(f), null)))
    yield toDecisionRow(raw);
}

/** The decisions view under its filter as a streamed CSV, the export audited before the first byte. */
export async function exportDecisions(
  db: Db,
  client: postgres.Sql,
  o: { userId: string; filters: DecisionFilters; now?: Date },
): Promise<Response> {
  await recordExport(db, {
    userId: o.userId,
    view: "decisions",
    filter: decisionFiltersToParams(o.filters),
  });
  const day = (o.now ?? new Date()).toISOString().slice(0, 10);
  return csvResponse({
    filename: `decisions-${day}.csv`,
    columns: DECISION_COLUMNS,
    rows: decisionRows(client, o.filters),
  });
}
