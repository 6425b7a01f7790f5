import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { createDb, type Db } from "../client";

let handle: ReturnType<typeof createDb> | undefined;
let owner: ReturnType<typeof createDb> | undefined;

/** The integration database of this test run (see global-setup.ts), as the app's own role. */
export function testDb(): Db {
  handle ??= createDb(inject("databaseUrl"), 5);
  return handle.db;
}

/**
 * The same database as the owner of its tables (a superuser on the test server): for resetting
 * it, and for tests that play someone with more rights than the app.
 */
export function ownerDb(): Db {
  owner ??= createDb(inject("ownerDatabaseUrl"), 2);
  return owner.db;
}

/** Empties every application table, so each test file starts from nothing. */
export async function resetDatabase(db: Db = ownerDb()): Promise<void> {
  const rows = await db.execute<{ tablename: string }>(
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '__drizzle%' AND tablename <> 'request_status_counts'`,
  );
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  // Audit and money tables refuse TRUNCATE (append-only); as their owner the test run lifts that
  // guard for the reset only, inside the same transaction, so nothing else ever sees it lifted.
  const guards = await db.execute<{ tbl: string; tgname: string }>(
    sql`SELECT c.relname AS tbl, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgname LIKE '%\_no\_truncate' AND NOT t.tgisinternal`,
  );
  const toggle = (on: boolean) =>
    guards
      .map((g) => `ALTER TABLE "${g.tbl}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${g.tgname}";`)
      .join(" ");
  if (names)
    await db.transaction(async (tx) => {
      if (guards.length) await tx.execute(sql.raw(toggle(false)));
      await tx.execute(sql.raw(`TRUNCATE ${names} RESTART IDENTITY CASCADE`));
      if (guards.length) await tx.execute(sql.raw(toggle(true)));
    });
  // request_status_counts is kept: the TRUNCATE trigger on refund_requests zeroes it.
  // Not owned by a column, so RESTART IDENTITY leaves it alone.
  await db.execute(sql`ALTER SEQUENCE refund_request_ref_seq RESTART`);
}

/**
 * Runs `fn` in a transaction as the owner with every trigger switched off for it
 * (session_replication_role, a superuser's setting): what an attacker holding the superuser could
 * do to the audit trail, for tests that show it is caught.
 */
export async function asSuperuser<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  return ownerDb().transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    return fn(tx as unknown as Db);
  });
}

export async function closeTestDb(): Promise<void> {
  await handle?.sql.end();
  await owner?.sql.end();
  handle = undefined;
  owner = undefined;
}
