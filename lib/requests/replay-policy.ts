import type { Db } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import { replayBatch, type ReplayTimings } from "./replay-batch";
import { staleRequests } from "./stale-requests";

export { REPLAY_ACTION, noTimings, type ReplayTimings } from "./replay-batch";

export type ReplayPolicyOptions = {
  /** Requests per transaction (default 250): each batch's rows are locked while it is evaluated and written. */
  batchSize?: number;
  /** Stops between batches (the job's expiry or the runner stopping); the next run carries on. */
  signal?: AbortSignal;
  now?: Date;
  /** Only these requests (a manager's selection; tests); all open requests when absent. */
  requestIds?: string[];
  /** Filled with where the time went (npm run bench:replay). */
  timings?: ReplayTimings;
};
export type ReplayedPolicy = { evaluated: number; changed: number };

/**
 * Re-evaluates every open, undecided request (to review, awaiting the customer) whose latest
 * evaluation used another engine version or another calendar than today's, and records the new
 * evaluation. A request whose recommendation changes gets a new version (a form opened on the
 * old one is refused as stale) and an audit entry with before and after, which the request page
 * shows. Candidates are picked by id without locks, then replayed a batch per transaction
 * (replayBatch: facts loaded in a few queries, not per request), two batches at a time; a row
 * another transaction holds is skipped and found by the next run.
 */
export async function replayPolicy(db: Db, o: ReplayPolicyOptions = {}): Promise<ReplayedPolicy> {
  const limit = o.batchSize ?? 250;
  const out: ReplayedPolicy = { evaluated: 0, changed: 0 };
  if (o.requestIds?.length === 0) return out;
  // Two batches in flight: the engine (this process) evaluates one while PostgreSQL writes the
  // other. Their candidates are disjoint (keyset), so they never wait on each other's rows.
  const inFlight: Promise<void>[] = [];
  let after: string | undefined;
  for (;;) {
    if (o.signal?.aborted) break;
    const t = performance.now();
    const calendar = await getCalendar(db);
    const round = await staleRequests(db, calendar, { after, ids: o.requestIds, limit });
    if (o.timings) o.timings.pick += performance.now() - t;
    if (round.length === 0) break;
    const batch = replayBatch(db, {
      ids: round.map((s) => s.id),
      calendar,
      now: o.now ?? new Date(),
      timings: o.timings,
    }).then((done) => {
      out.evaluated += done.evaluated;
      out.changed += done.changed;
    });
    // Handled here so a failure is not "unhandled" while the other batch is awaited; awaited below.
    batch.catch(() => undefined);
    inFlight.push(batch);
    if (inFlight.length >= 2) await inFlight.shift();
    if (round.length < limit) break;
    after = round[round.length - 1]!.id;
  }
  for (const batch of inFlight) await batch;
  return out;
}
