import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { policyEvaluations } from "@/db/schema";
import type { Evaluation } from "./compute-evaluation";

/** Each evaluation as its stored row, in one INSERT. */
export async function insertEvaluations(
  tx: Tx,
  rows: { id: string; e: Evaluation }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(policyEvaluations).values(
    rows.map(({ id, e }) => ({
      requestId: id,
      evaluatedAt: e.now,
      engineVersion: e.result.engineVersion,
      calendar: e.calendar,
      input: e.input,
      result: e.result,
    })),
  );
}

/** The recommendation columns of the rows whose recommendation or review deadline moved, in one UPDATE. */
export async function updateRecommendations(tx: Tx, rows: { id: string; e: Evaluation }[]) {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows.map(({ id, e }) => ({ id, ...e.recommendation })));
  await tx.execute(sql`
    UPDATE refund_requests r SET rec_outcome = x."recOutcome", rec_amount_minor = x."recAmountMinor",
      rec_destination = x."recDestination", rec_clauses = x."recClauses", review_by = x."reviewBy",
      updated_at = now()
    FROM jsonb_to_recordset(${json}::jsonb) AS x(id uuid, "recOutcome" policy_outcome,
      "recAmountMinor" bigint, "recDestination" destination, "recClauses" text[], "reviewBy" timestamptz)
    WHERE r.id = x.id`);
}
