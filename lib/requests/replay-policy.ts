import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { refundRequests, type RefundRequest } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { ENGINE_VERSION } from "@/lib/policy";
import { evaluateRequest } from "./evaluate-request";

export const REPLAY_ACTION = "request.recommendation_replayed" as const;

export type ReplayPolicyOptions = {
  /** Requests re-evaluated per transaction (each batch commits on its own: progress survives a retry). */
  batchSize?: number;
  /** Stops between batches (the job's expiry or the runner stopping); the next run carries on. */
  signal?: AbortSignal;
  now?: Date;
  /** Only these requests (a manager's selection; tests); all open requests when absent. */
  requestIds?: string[];
};
export type ReplayedPolicy = { evaluated: number; changed: number };

type Rec = Pick<RefundRequest, "recOutcome" | "recAmountMinor" | "recDestination" | "recClauses">;
const recOf = (r: Rec): Rec => ({
  recOutcome: r.recOutcome,
  recAmountMinor: r.recAmountMinor,
  recDestination: r.recDestination,
  recClauses: [...r.recClauses].sort(),
});
const sameRec = (a: Rec, b: Rec) => JSON.stringify(recOf(a)) === JSON.stringify(recOf(b));

/**
 * Re-evaluates every open, undecided request (to review, awaiting the customer) whose latest
 * evaluation used another engine version or another calendar than today's, and records the new
 * evaluation. A request whose recommendation changes gets a new version (a form opened on the
 * old one is refused as stale) and an audit entry with before and after, which the request page
 * shows. Rows another transaction holds are skipped and found by the next run.
 */
export async function replayPolicy(db: Db, o: ReplayPolicyOptions = {}): Promise<ReplayedPolicy> {
  const batchSize = o.batchSize ?? 200;
  const out: ReplayedPolicy = { evaluated: 0, changed: 0 };
  if (o.requestIds?.length === 0) return out;
  for (;;) {
    if (o.signal?.aborted) return out;
    const done = await db.transaction(async (tx) => {
      const calendar = await getCalendar(tx);
      const stale = await tx.execute<{
        id: string;
        engine_version: string;
        calendar_changed: boolean;
      }>(sql`
        SELECT r.id, pe.engine_version, pe.calendar <> ${JSON.stringify(calendar)}::jsonb AS calendar_changed
        FROM refund_requests r
        CROSS JOIN LATERAL (
          SELECT engine_version, calendar FROM policy_evaluations e
          WHERE e.request_id = r.id ORDER BY e.evaluated_at DESC LIMIT 1
        ) pe
        WHERE r.status IN ('to_review', 'awaiting_customer')
          ${
            o.requestIds
              ? sql`AND r.id IN (${sql.join(
                  o.requestIds.map((id) => sql`${id}::uuid`),
                  sql`, `,
                )})`
              : sql``
          }
          AND (pe.engine_version <> ${ENGINE_VERSION} OR pe.calendar <> ${JSON.stringify(calendar)}::jsonb)
        ORDER BY r.id
        LIMIT ${batchSize}
        FOR UPDATE OF r SKIP LOCKED`);
      if (stale.length === 0) return true;
      const rows = await tx
        .select()
        .from(refundRequests)
        .where(
          inArray(
            refundRequests.id,
            stale.map((s) => s.id),
          ),
        );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const s of stale) {
        const before = byId.get(s.id)!;
        const { result } = await evaluateRequest(tx, s.id, o.now ?? new Date(), {
          request: before,
          calendar,
        });
        out.evaluated++;
        const after: Rec = {
          recOutcome: result.outcome,
          recAmountMinor: result.amountMinor,
          recDestination: result.destination,
          recClauses: result.clauses,
        };
        if (sameRec(before, after)) continue;
        out.changed++;
        await tx
          .update(refundRequests)
          .set({ version: sql`${refundRequests.version} + 1` })
          .where(eq(refundRequests.id, s.id));
        await recordAudit(tx, {
          actorId: null,
          action: REPLAY_ACTION,
          entityType: "request",
          entityId: s.id,
          data: {
            before: recOf(before),
            after: recOf(after),
            engine: { from: s.engine_version, to: ENGINE_VERSION },
            calendarChanged: s.calendar_changed,
          },
        });
      }
      return stale.length < batchSize;
    });
    if (done) return out;
  }
}
