import { sql } from "drizzle-orm";
import { e2eDb } from "./seed";

/**
 * Runs `fn` while holding the e2e suite's calendar lock: specs that save the working-day calendar
 * read it, change it and put it back, and two of them interleaved on the two workers would put
 * back each other's change. A transaction-scoped advisory lock, held by an otherwise idle
 * transaction for the length of `fn` (no statement timeout while it waits for the other spec).
 */
export async function withCalendarLock<T>(fn: () => Promise<T>): Promise<T> {
  return e2eDb().transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL statement_timeout = 0`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('e2e:calendar'))`);
    return fn();
  });
}
