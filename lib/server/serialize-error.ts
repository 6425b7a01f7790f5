/**
 * Errors as the log may show them. A failed query carries its bound parameters (drizzle puts
 * them in its message and `params`; postgres.js in `parameters`, and PostgreSQL echoes values
 * in `detail`, `where` and in "invalid input" messages): customers' free text and payment
 * details would end up in the log. Parameters are logged by kind and size only (ids and
 * numbers as they are); the SQL text, the SQLSTATE, the table, column, constraint and the
 * stack frames stay.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields that carry values (or are rebuilt below). */
const NOT_COPIED = new Set([
  "message",
  "stack",
  "cause",
  "name",
  "query",
  "params",
  "parameters",
  "args",
  "types",
  "detail",
  "where",
  "internal_query",
]);
const MAX_CAUSES = 5;

/** A bound parameter as it may be logged. */
export function describeParameter(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return UUID.test(v) ? v : `[text, ${v.length} characters]`;
  if (v instanceof Uint8Array) return `[bytes, ${v.byteLength}]`;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return `[array, ${v.length} items]`;
  return `[${typeof v}]`;
}

/** PostgreSQL quotes the offending value at the end of "invalid input …: "<value>"" messages. */
const redactQuotedValue = (message: string) => message.replace(/: "[\s\S]*"$/, ': "…"');

function safeMessage(err: Error & { query?: unknown; params?: unknown }): string {
  if (
    typeof err.query === "string" &&
    Array.isArray(err.params) &&
    err.message.startsWith("Failed query:")
  )
    return `Failed query: ${err.query}\nparams: ${err.params.map((p) => JSON.stringify(describeParameter(p))).join(", ")}`;
  // Any other message that quotes a failed query's parameters (e.g. an error wrapping one).
  return redactQuotedValue(err.message.replace(/\nparams: [\s\S]*$/, "\nparams: (not logged)"));
}

/** An error's message as it may be shown or stored: no bound values, no quoted input. */
export function safeErrorMessage(err: unknown): string {
  return err instanceof Error ? safeMessage(err) : "unknown error";
}

/**
 * What went wrong at the bottom of an error's cause chain (PostgreSQL's own message for a failed
 * query, not drizzle's wrapper quoting the statement and its values), as it may be stored and
 * shown: no bound values, no quoted input.
 */
export function safeRootCauseMessage(err: unknown): string {
  let root = err;
  for (let i = 0; i < MAX_CAUSES && root instanceof Error && root.cause instanceof Error; i++)
    root = root.cause;
  return safeErrorMessage(root);
}

export function serializeError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error)) return err;
  const e = err as Error & Record<string, unknown>;
  const message = safeMessage(e);
  const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
  const type = e.constructor?.name ?? "Error";
  const out: Record<string, unknown> = {
    type,
    message,
    stack: [`${type}: ${message}`, ...frames].join("\n"),
  };
  if (typeof e.query === "string") out.query = e.query;
  const params = Array.isArray(e.params)
    ? e.params
    : Array.isArray(e.parameters)
      ? e.parameters
      : null;
  if (params) out.params = params.map(describeParameter);
  for (const [key, value] of Object.entries(e))
    if (!NOT_COPIED.has(key) && ["string", "number", "boolean"].includes(typeof value))
      out[key] = value;
  if (e.cause !== undefined && depth < MAX_CAUSES) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
