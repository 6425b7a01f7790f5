import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { createDb, type Db } from "../client";

let handle: ReturnType<typeof createDb> | undefined;

/** The integration database of this test run (see global-setup.ts). */
export function testDb(): Db {
  handle ??= createDb(inject("databaseUrl"), 5);
  return handle.db;
}

/** Empties every application table, so each test file starts from nothing. */
export async function resetDatabase(db: Db = testDb()): Promise<void> {
  const rows = await db.execute<{ tablename: string }>(
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '__drizzle%' AND tablename <> 'request_status_counts'`,
  );
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  if (names) await db.execute(sql.raw(`TRUNCATE ${names} RESTART IDENTITY CASCADE`));
  // request_status_counts is kept: the TRUNCATE trigger on refund_requests zeroes it.
  // Not owned by a column, so RESTART IDENTITY leaves it alone.
  await db.execute(sql`ALTER SEQUENCE refund_request_ref_seq RESTART`);
}

export async function closeTestDb(): Promise<void> {
  await handle?.sql.end();
  handle = undefined;
}
