import { drizzle } from "drizzle-orm/postgres-js";
import type { Db, Tx } from "./client";
import { clientOf, send, type Statement } from "./statements";

export type PipelinedBody<T> = (tx: Tx) => Promise<{ result: T; closing: Statement[] }>;

/**
 * A transaction for the ingestion hot path. BEGIN goes out with the body's
 * first statements, and the closing statements go out together with COMMIT,
 * back to back, without waiting for this process in between.
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
 */
export async function pipelinedTransaction<T>(db: Db, body: PipelinedBody<T>): Promise<T> {
  const pool = clientOf(db);
  const reserved = await pool.reserve();
  let open = true;
  try {
    const begin = reserved.unsafe("BEGIN").execute();
    begin.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
    // A reserved connection carries no options of its own; drizzle reads (and has already set) the pool's parsers.
    const tx = drizzle(Object.assign(reserved, { options: pool.options })) as unknown as Tx;
    const { result, closing } = await body(tx);
    await begin;
    const sent = closing.map((st) => send(reserved, st));
    const commit = reserved.unsafe("COMMIT").execute();
    const outcomes = await Promise.allSettled([...sent, commit]);
    open = false;
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    if (failed) throw failed.reason;
    const committed = outcomes[outcomes.length - 1] as PromiseFulfilledResult<{ command: string }>;
    if (committed.value.command !== "COMMIT") throw new Error(`transaction ended with ${committed.value.command}, not COMMIT`);
    return result;
  } catch (err) {
    if (open) await reserved.unsafe("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    reserved.release();
  }
}
