import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { refundRequests, type RefundRequest } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { ENGINE_VERSION, type Calendar } from "@/lib/policy";
import { evaluateRequest } from "./evaluate-request";

export const REPLAY_ACTION = "request.recommendation_replayed" as const;

export type ReplayPolicyOptions = {
  /** Candidate requests read per round (without locks; each is then replayed in its own transaction). */
  batchSize?: number;
  /** Stops between requests (the job's expiry or the runner stopping); the next run carries on. */
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

type Stale = { id: string; engine_version: string; calendar_changed: boolean };

/** Open, undecided requests whose latest evaluation used another engine or calendar, in id order. */
function staleRequests(
  tx: Tx,
  calendar: Calendar,
  where: { after?: string; id?: string; ids?: string[]; limit: number; lock?: boolean },
) {
  const cal = sql`${JSON.stringify(calendar)}::jsonb`;
  return tx.execute<Stale>(sql`
    SELECT r.id, pe.engine_version, pe.calendar <> ${cal} AS calendar_changed
    FROM refund_requests r
    CROSS JOIN LATERAL (
      SELECT engine_version, calendar FROM policy_evaluations e
      WHERE e.request_id = r.id ORDER BY e.evaluated_at DESC LIMIT 1
    ) pe
    WHERE r.status IN ('to_review', 'awaiting_customer')
      AND (pe.engine_version <> ${ENGINE_VERSION} OR pe.calendar <> ${cal})
      ${where.after ? sql`AND r.id > ${where.after}::uuid` : sql``}
      ${where.id ? sql`AND r.id = ${where.id}::uuid` : sql``}
      ${
        where.ids
          ? sql`AND r.id IN (${sql.join(
              where.ids.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`
          : sql``
      }
    ORDER BY r.id
    LIMIT ${where.limit}
    ${where.lock ? sql`FOR UPDATE OF r SKIP LOCKED` : sql``}`);
}

/**
 * Re-evaluates every open, undecided request (to review, awaiting the customer) whose latest
 * evaluation used another engine version or another calendar than today's, and records the new
 * evaluation. A request whose recommendation changes gets a new version (a form opened on the
 * old one is refused as stale) and an audit entry with before and after, which the request page
 * shows. Each request is its own short transaction (its row and the audit chain's head are held
 * for one evaluation, never for a batch); a row another transaction holds is skipped and found
 * by the next run.
 */
export async function replayPolicy(db: Db, o: ReplayPolicyOptions = {}): Promise<ReplayedPolicy> {
  const limit = o.batchSize ?? 200;
  const out: ReplayedPolicy = { evaluated: 0, changed: 0 };
  if (o.requestIds?.length === 0) return out;
  let after: string | undefined;
  for (;;) {
    const calendar = await getCalendar(db);
    const round = await staleRequests(db, calendar, { after, ids: o.requestIds, limit });
    for (const { id } of round) {
      if (o.signal?.aborted) return out;
      const changed = await db.transaction(async (tx) => {
        const [s] = await staleRequests(tx, calendar, { id, limit: 1, lock: true });
        if (!s) return null;
        const [before] = await tx.select().from(refundRequests).where(eq(refundRequests.id, id));
        const { result } = await evaluateRequest(tx, id, o.now ?? new Date(), {
          request: before!,
          calendar,
        });
        const next: Rec = {
          recOutcome: result.outcome,
          recAmountMinor: result.amountMinor,
          recDestination: result.destination,
          recClauses: result.clauses,
        };
        if (sameRec(before!, next)) return false;
        await tx
          .update(refundRequests)
          .set({ version: sql`${refundRequests.version} + 1` })
          .where(eq(refundRequests.id, id));
        await recordAudit(tx, {
          actorId: null,
          action: REPLAY_ACTION,
          entityType: "request",
          entityId: id,
          data: {
            before: recOf(before!),
            after: recOf(next),
            engine: { from: s.engine_version, to: ENGINE_VERSION },
            calendarChanged: s.calendar_changed,
          },
        });
        return true;
      });
      if (changed === null) continue;
      out.evaluated++;
      if (changed) out.changed++;
    }
    if (round.length < limit) return out;
    after = round[round.length - 1]!.id;
  }
}
