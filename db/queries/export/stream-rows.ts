import { PgDialect } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import { appDatabaseUrl } from "../../client";

const dialect = new PgDialect();

// Exports hold a connection for as long as the download runs: their own small pool, so a slow
// download never takes a connection the pages need. Kept on globalThis like db/client.ts's.
const holder = globalThis as unknown as { __refundDeskExport?: postgres.Sql };

/** The export client (2 connections) on the app's own role, like getDb(), created on first use. */
export function exportClient(): postgres.Sql {
  const url = appDatabaseUrl();
  if (!url)
    throw new Error("APP_DATABASE_URL is not set (npm start sets it for the embedded server)");
  holder.__refundDeskExport ??= postgres(url, { max: 2, onnotice: () => undefined });
  return holder.__refundDeskExport;
}

/**
 * Streams the rows of a query built with drizzle's `sql` through a database
 * cursor (postgres.js `.cursor(n)`: a portal fetched n rows at a time), so an
 * export of millions of rows holds one batch in memory. Ending the iteration
 * early (a cancelled download) closes the cursor.
 */
export async function* streamRows(
  client: postgres.Sql,
  query: SQL,
  batchSize = 500,
): AsyncGenerator<Record<string, unknown>> {
  const q = dialect.sqlToQuery(query);
  // drizzle's params are the values its sql`` template bound: strings, numbers, booleans, null.
  const params = q.params as postgres.ParameterOrJSON<never>[];
  for await (const rows of client.unsafe(q.sql, params).cursor(batchSize)) {
    for (const row of rows) yield row;
  }
}
