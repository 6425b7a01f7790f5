import { inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { loadCaseFacts } from "@/db/queries/replay/case-facts";
import { policyEvaluations, refundRequests, type RefundRequest } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { ENGINE_VERSION, type Calendar } from "@/lib/policy";
import { computeEvaluation, type Evaluation } from "./compute-evaluation";
import { staleRequests } from "./stale-requests";

export const REPLAY_ACTION = "request.recommendation_replayed" as const;

type Rec = Pick<RefundRequest, "recOutcome" | "recAmountMinor" | "recDestination" | "recClauses">;
const recOf = (r: Rec): Rec => ({
  recOutcome: r.recOutcome,
  recAmountMinor: r.recAmountMinor,
  recDestination: r.recDestination,
  recClauses: [...r.recClauses].sort(),
});
const sameRec = (a: Rec, b: Rec) => JSON.stringify(recOf(a)) === JSON.stringify(recOf(b));
const sameTime = (a: Date | null, b: Date | null) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

export type ReplayBatchOptions = {
  /** Candidates picked without locks; each is locked and re-checked here. */
  ids: readonly string[];
  calendar: Calendar;
  now: Date;
};

/** Each evaluation as its stored row, in one INSERT. */
async function insertEvaluations(tx: Tx, rows: { id: string; e: Evaluation }[]): Promise<void> {
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
async function updateRecommendations(tx: Tx, rows: { id: string; e: Evaluation }[]) {
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

/**
 * One transaction for a batch of the replay: the candidates still open and stale are locked
 * (SKIP LOCKED: one a decision or a reply holds is left for the next run), their facts loaded in
 * four queries, evaluated by the pure engine, the evaluations inserted in one statement and the
 * moved recommendations updated in another. A request whose recommendation changed gets a new
 * version (its open form goes stale: only those rows are touched in `version`, which the live
 * queue announces) and its own audit entry, written last: the audit chain's head is held only
 * from there to the commit.
 */
export async function replayBatch(
  db: Db,
  o: ReplayBatchOptions,
): Promise<{ evaluated: number; changed: number }> {
  return db.transaction(async (tx) => {
    const locked = await staleRequests(tx, o.calendar, {
      ids: o.ids,
      limit: o.ids.length,
      lock: true,
    });
    if (locked.length === 0) return { evaluated: 0, changed: 0 };
    const facts = await loadCaseFacts(
      tx,
      locked.map((s) => s.id),
    );
    const stale = new Map(locked.map((s) => [s.id, s]));
    const evaluated = facts.map((f) => ({
      id: f.request.id,
      before: f.request,
      e: computeEvaluation({ ...f, calendar: o.calendar, now: o.now }),
    }));
    const changed = evaluated.filter((x) => !sameRec(x.before, x.e.recommendation));
    const moved = evaluated.filter(
      (x) =>
        !sameRec(x.before, x.e.recommendation) ||
        !sameTime(x.before.reviewBy, x.e.recommendation.reviewBy),
    );
    await insertEvaluations(tx, evaluated);
    await updateRecommendations(tx, moved);
    if (changed.length)
      await tx
        .update(refundRequests)
        .set({ version: sql`${refundRequests.version} + 1` })
        .where(
          inArray(
            refundRequests.id,
            changed.map((x) => x.id),
          ),
        );
    for (const x of changed) {
      const s = stale.get(x.id)!;
      await recordAudit(tx, {
        actorId: null,
        action: REPLAY_ACTION,
        entityType: "request",
        entityId: x.id,
        data: {
          before: recOf(x.before),
          after: recOf(x.e.recommendation),
          engine: { from: s.engine_version, to: ENGINE_VERSION },
          calendarChanged: s.calendar_changed,
        },
      });
    }
    return { evaluated: evaluated.length, changed: changed.length };
  });
}
