import { sql } from "drizzle-orm";
import { ownerDb } from "@/db/test/test-db";

/** The error a refused request insert raises, for tests to match. */
export const REFUSED = "request insert refused (test)";

/** Drops the trigger refuseRequestInserts made (if any): safe in an afterEach. */
export async function allowRequestInserts(): Promise<void> {
  await ownerDb().execute(sql`DROP TRIGGER IF EXISTS refuse_request_insert ON refund_requests`);
  await ownerDb().execute(sql`DROP FUNCTION IF EXISTS refuse_request_insert()`);
}

/**
 * Makes processing fail after the raw email is stored: a trigger (created as the owner; the app
 * role cannot) refuses every new refund request until the returned function drops it.
 */
export async function refuseRequestInserts(): Promise<() => Promise<void>> {
  await ownerDb().execute(sql`CREATE OR REPLACE FUNCTION refuse_request_insert() RETURNS trigger
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'request insert refused (test)'; END $$`);
  await ownerDb().execute(sql`CREATE TRIGGER refuse_request_insert BEFORE INSERT ON refund_requests
    FOR EACH ROW EXECUTE FUNCTION refuse_request_insert()`);
  return allowRequestInserts;
}
