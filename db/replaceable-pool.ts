import type postgres from "postgres";
import { isConnectionLost, isDriverWriteBug } from "./connection-errors";

export type PoolLog = (obj: Record<string, unknown>, msg: string) => void;

/**
 * A postgres.js pool that replaces itself as soon as one of its transactions loses its
 * connection.
 *
 * Why: postgres.js 3.4.9 leaves a transaction's pool slot unusable when the backend dies
 * mid-transaction (porsager/postgres#1208, no release fixes it yet). The ROLLBACK it sends
 * afterwards goes to a socket that is gone (an uncaught TypeError, see containDriverWriteBug),
 * and its bytes stay queued in front of the next reconnect's start-up message, so every later
 * query that lands on that slot waits for connect_timeout and fails, for the life of the
 * process. Replacing the pool drops such slots at once: later queries get a fresh pool, and
 * the old one finishes what is still running on its healthy connections, then is ended.
 *
 * The handle stays the same object (a Proxy forwarding to the current pool), so a drizzle
 * database built on it, and everything holding that database, follows the replacement.
 */
export function replaceablePool(open: () => postgres.Sql, log: PoolLog): postgres.Sql {
  let current = open();
  const replace = (from: postgres.Sql, reason: unknown) => {
    // Only the first failure seen on a pool replaces it; later ones from the same pool do not
    // throw away its successor.
    if (from !== current) return;
    const next = open();
    // drizzle() installs its date/JSON parsers on the client's options; the successor needs them too.
    Object.assign(next.options.parsers, from.options.parsers);
    Object.assign(next.options.serializers, from.options.serializers);
    current = next;
    log({ err: reason }, "database connection lost in a transaction: connection pool replaced");
    from.end({ timeout: 5 }).catch(() => undefined);
  };
  function begin(...args: unknown[]): Promise<unknown> {
    const pool = current;
    const run = Reflect.apply(pool.begin, pool, args) as Promise<unknown>;
    return run.catch((err: unknown) => {
      if (isConnectionLost(err)) replace(pool, err);
      throw err;
    });
  }
  return new Proxy(current, {
    get: (_target, key) => (key === "begin" ? begin : Reflect.get(current, key)),
    apply: (_target, _this, args) => Reflect.apply(current, undefined, args),
  });
}

let contained = false;

/**
 * Keeps the process alive through the driver's uncaught TypeError (the transaction that
 * caused it has already failed with CONNECTION_CLOSED and its pool was replaced). Any other
 * uncaught exception behaves as without this handler: printed, exit code 1, unless another
 * handler (Next's server installs one that logs) takes care of it.
 */
export function containDriverWriteBug(log: PoolLog): void {
  if (contained) return;
  contained = true;
  process.on("uncaughtException", (err) => {
    if (isDriverWriteBug(err)) {
      log({ err }, "postgres.js wrote to a closed connection (porsager/postgres#1208); contained");
      return;
    }
    if (process.listenerCount("uncaughtException") > 1) return;
    process.stderr.write(`${err.stack ?? String(err)}\n`);
    process.exit(1);
  });
}
