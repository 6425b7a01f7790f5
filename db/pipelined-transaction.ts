import type { Db, Tx } from "./client";
import { clientOf, send, type Statement } from "./statements";

const PIPELINE_MARKER = "refund_desk.pipelined";

/**
 * SQL for a NOT NULL column's value that is NULL (so the statement fails) unless it runs inside
 * pipelinedTransaction's closing batch; `$` stands for the parameter.
 */
export const onlyInPipeline = `CASE WHEN current_setting('${PIPELINE_MARKER}', true) = 'on' THEN $ END`;

export type PipelinedBody<T> = (tx: Tx) => Promise<{ result: T; closing: Statement[] }>;

/**
 * A transaction for the ingestion hot path whose closing statements go out
 * together with COMMIT, back to back, without waiting for this process in
 * between.
 *
 * Why: the closing statements take the locks other transactions queue on
 * (the audit chain head). With an ordinary transaction those locks are held
 * until this process has read every result and sent COMMIT, which on a busy
 * event loop is several milliseconds; here they are held only while the
 * database runs the statements and commits.
 *
 * The body reads on `tx` as usual and returns the closing statements fully
 * built, so nothing in JavaScript can fail once they are sent. If any of them
 * fails, PostgreSQL answers the COMMIT with ROLLBACK: nothing is written and
 * the first error is thrown. If the body throws, the transaction is rolled back.
 *
 * It runs inside an ordinary drizzle/postgres.js transaction, which watches
 * the connection (a lost connection rejects instead of hanging) and ends with
 * its own COMMIT or ROLLBACK; after ours, PostgreSQL only warns that no
 * transaction is in progress.
 *
 * postgres.js re-sends a prepared statement whose cached plan went stale (a
 * column type changed under a running process); queued behind our COMMIT,
 * the re-send would run on its own, outside the transaction. A closing
 * statement that must never run alone wraps a NOT NULL value in
 * `onlyInPipeline`: the marker is set for this transaction only, so a
 * stray re-send fails instead of writing.
 */
export async function pipelinedTransaction<T>(db: Db, body: PipelinedBody<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const { result, closing } = await body(tx);
    const client = clientOf(tx);
    const marker = client.unsafe(`SET LOCAL ${PIPELINE_MARKER} = 'on'`).execute();
    const sent = [marker, ...closing.map((st) => send(client, st))];
    const commit = client.unsafe("COMMIT").execute();
    const outcomes = await Promise.allSettled([...sent, commit]);
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failed) throw failed.reason;
    const committed = outcomes[outcomes.length - 1] as PromiseFulfilledResult<{ command: string }>;
    if (committed.value.command !== "COMMIT")
      throw new Error(`transaction ended with ${committed.value.command}, not COMMIT`);
    return result;
  });
}
