import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loadCaseFacts } from "@/db/queries/replay/case-facts";
import { refundRequests, type RefundRequest } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { ENGINE_VERSION, type Calendar } from "@/lib/policy";
import { computeEvaluation } from "./compute-evaluation";
import { insertEvaluations, updateRecommendations } from "./write-replayed-evaluations";
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

/** Where a replay's time goes, in ms (filled when asked for: the bench). */
export type ReplayTimings = {
  /** Choosing candidates, without locks. */
  pick: number;
  /** Locking and re-checking them, and loading their facts. */
  load: number;
  evaluate: number;
  diff: number;
  /** Inserting the evaluations, updating the moved recommendations and versions. */
  write: number;
  audit: number;
  /** The longest batch transaction: how long its rows (and the audit chain's head) were held at most. */
  longestTransaction: number;
};

export const noTimings = (): ReplayTimings => ({
  pick: 0,
  load: 0,
  evaluate: 0,
  diff: 0,
  write: 0,
  audit: 0,
  longestTransaction: 0,
});

export type ReplayBatchOptions = {
  /** Candidates picked without locks; each is locked and re-checked here. */
  ids: readonly string[];
  calendar: Calendar;
  now: Date;
  timings?: ReplayTimings;
};

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
  const began = performance.now();
  let last = began;
  const lap = (key: Exclude<keyof ReplayTimings, "pick" | "longestTransaction">) => {
    const now = performance.now();
    if (o.timings) o.timings[key] += now - last;
    last = now;
  };
  const out = await db.transaction(async (tx) => {
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
    lap("load");
    const evaluated = facts.map((f) => ({
      id: f.request.id,
      before: f.request,
      e: computeEvaluation({ ...f, calendar: o.calendar, now: o.now }),
    }));
    lap("evaluate");
    const changed = evaluated.filter((x) => !sameRec(x.before, x.e.recommendation));
    const moved = evaluated.filter(
      (x) =>
        !sameRec(x.before, x.e.recommendation) ||
        !sameTime(x.before.reviewBy, x.e.recommendation.reviewBy),
    );
    lap("diff");
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
    lap("write");
    // Sent together (pipelined on the transaction's connection), appended in this order.
    await Promise.all(
      changed.map((x) => {
        const s = stale.get(x.id)!;
        return recordAudit(tx, {
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
      }),
    );
    lap("audit");
    return { evaluated: evaluated.length, changed: changed.length };
  });
  if (o.timings)
    o.timings.longestTransaction = Math.max(
      o.timings.longestTransaction,
      performance.now() - began,
    );
  return out;
}
