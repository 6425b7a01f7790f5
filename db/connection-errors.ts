/**
 * Telling a database that is gone (or too busy to answer) from a bug: the first is answered
 * 503 "try again", the second is a 500 with a reference.
 */

/** postgres.js codes for a connection that broke, was ended, or could not be opened in time. */
const DRIVER_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
/** Socket errors on the way to the server. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);
/**
 * SQLSTATEs of a server that dropped the session or cannot take one: connection exceptions
 * (class 08), administrator / crash shutdown and "starting up" (57P01–57P03), too many
 * connections (53300).
 */
const LOST_SQLSTATES = /^(08...|57P0[123]|53300)$/;
/** statement_timeout cancelled the statement: the database is too slow right now. */
const STATEMENT_TIMEOUT = "57014";

/** The error and its causes (drizzle wraps the driver's error in `cause`), outermost first. */
function* chain(err: unknown): Generator<{ code?: unknown; message?: unknown; stack?: unknown }> {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === "object"; depth++) {
    yield e;
    e = (e as { cause?: unknown }).cause;
  }
}

/**
 * postgres.js 3.4.9 writes to a socket that is already gone when a transaction's backend dies
 * (porsager/postgres#1208): "Cannot read properties of null (reading 'write')" from its
 * connection.js, as an uncaught exception or as the rejection of the query that hit it.
 */
export function isDriverWriteBug(err: unknown): boolean {
  for (const e of chain(err)) {
    if (
      e instanceof TypeError &&
      /reading 'write'|socket\.write/.test(e.message) &&
      /postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(String(e.stack))
    )
      return true;
  }
  return false;
}

/** The connection under this error is dead (or was never made): its pool slot cannot be trusted. */
export function isConnectionLost(err: unknown): boolean {
  for (const e of chain(err)) {
    const code = typeof e.code === "string" ? e.code : "";
    if (DRIVER_CODES.has(code) || SOCKET_CODES.has(code) || LOST_SQLSTATES.test(code)) return true;
  }
  return isDriverWriteBug(err);
}

/** The request failed because the database is unreachable or timed out, not because of a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (isConnectionLost(err)) return true;
  for (const e of chain(err)) if (e.code === STATEMENT_TIMEOUT) return true;
  return false;
}
