import { sql as dsql } from "drizzle-orm";
import { createDb, type Db } from "../../../db/client";
import { growDecisions } from "../../../db/seed/grow-decisions";
import { growRequests } from "../../../db/seed/grow-requests";
import { prepareDatabase } from "../prepare-database";

export type BenchDatabase = {
  db: Db;
  /** The owner's URL (growth, EXPLAIN) and the app role's (the web server). */
  url: string;
  appUrl: string;
  requests: number;
  close: () => Promise<void>;
};

export type OpenBenchDatabaseOptions = {
  /** Cluster folder of the embedded server, kept between runs. */
  dir: string;
  /** Requests wanted; only the shortfall is grown (with its decisions and payouts). */
  requests: number;
  /** Ignore DATABASE_URL: the comparison database is always the embedded one in `dir`. */
  embeddedOnly?: boolean;
  log: (line: string) => void;
};

/**
 * A bench database grown once to `requests` requests, each decided one with its decision and
 * payout (as bench:reports grows them), vacuumed so index-only scans see an up-to-date
 * visibility map, as autovacuum would leave a table that grew over months.
 */
export async function openBenchDatabase(opts: OpenBenchDatabaseOptions): Promise<BenchDatabase> {
  const prepared = await prepareDatabase({
    dir: opts.dir,
    log: opts.log,
    ignoreDatabaseUrl: opts.embeddedOnly,
  });
  const { db, sql } = createDb(prepared.url, 4);
  try {
    const grown = await growRequests(db, { count: opts.requests, now: new Date(), log: opts.log });
    const d = await growDecisions(db, opts.log);
    opts.log(
      `${opts.dir}: ${grown.existing + grown.added} requests (added ${grown.added}), decisions added ${d.decisions}`,
    );
    await db.execute(dsql`VACUUM ANALYZE refund_requests`);
    await db.execute(dsql`VACUUM ANALYZE decisions`);
    return {
      db,
      url: prepared.url,
      appUrl: prepared.appUrl,
      requests: grown.existing + grown.added,
      close: async () => {
        await sql.end();
        await prepared.embedded?.stop();
      },
    };
  } catch (err) {
    await sql.end();
    await prepared.embedded?.stop();
    throw err;
  }
}
