import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { JobLog } from "./define-job";

/** The oldest pg-boss schema version pg-boss 12 migrates from (pg-boss 11's). */
const OLDEST_MIGRATABLE = 25;

/**
 * pg-boss 12 cannot migrate the schema pg-boss 10 left (version 24) and refuses to start on it.
 * Nothing in that schema needs keeping: every job's work is found again from the application's
 * own tables (scheduled jobs are re-created at start, replies due are found by the minute sweep,
 * queued verifications by their job), and job history is diagnostics only. So an outdated
 * schema is dropped once, and pg-boss creates its own afresh.
 */
export async function dropOutdatedQueueSchema(
  db: Db,
  schema: string,
  log: JobLog,
): Promise<boolean> {
  const [present] = await db.execute<{ found: boolean }>(
    sql`SELECT to_regclass(${`${schema}.version`}) IS NOT NULL AS found`,
  );
  if (!present?.found) return false;
  const [row] = await db.execute<{ version: number }>(
    sql`SELECT version FROM ${sql.identifier(schema)}.version LIMIT 1`,
  );
  if (!row || Number(row.version) >= OLDEST_MIGRATABLE) return false;
  await db.execute(sql`DROP SCHEMA ${sql.identifier(schema)} CASCADE`);
  log({ schema, version: row.version }, "dropped the outdated job queue schema of pg-boss 10");
  return true;
}
