import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";
import { containDriverWriteBug, replaceablePool, type PoolLog } from "./replaceable-pool";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
/** A db handle or an open transaction: domain functions accept either. */
export type Tx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

type Holder = { sql?: postgres.Sql; db?: Db };
// One client per process, kept on globalThis so dev hot reload leaks no connections.
const holder = globalThis as typeof globalThis & { __refundDeskDb?: Holder };

export type ConnectionLimits = {
  /** Seconds to wait for a new connection (postgres.js connect_timeout). */
  connectTimeoutSeconds: number;
  /** Seconds an unused pooled connection stays open; 0 keeps it. */
  idleTimeoutSeconds: number;
  /** Seconds a pooled connection lives at most; 0 keeps it. */
  maxLifetimeSeconds: number;
  /** Milliseconds PostgreSQL lets one statement run before cancelling it; 0: no limit. */
  statementTimeoutMs: number;
};

function limitsFromEnv(): ConnectionLimits {
  const e = env();
  return {
    connectTimeoutSeconds: e.DB_CONNECT_TIMEOUT_SECONDS,
    idleTimeoutSeconds: e.DB_IDLE_TIMEOUT_SECONDS,
    maxLifetimeSeconds: e.DB_MAX_LIFETIME_SECONDS,
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
  };
}

/** PostgreSQL's notices (e.g. "relation already exists, skipping") go to the log, warnings at warn. */
function logNotice(notice: postgres.Notice): void {
  const fields = { code: notice.code, severity: notice.severity };
  if (notice.severity === "WARNING") logger.warn(fields, `postgres: ${notice.message}`);
  else logger.debug(fields, `postgres: ${notice.message}`);
}

/**
 * A pool of `max` connections and its drizzle database. Every connection carries the limits
 * (from lib/env.ts unless given), so no query waits forever on a database that is down or
 * stuck; a transaction that loses its connection replaces the pool (see replaceablePool).
 */
export function createDb(
  url: string,
  max = 10,
  opts: {
    /** Overrides of the limits lib/env.ts gives. */
    limits?: Partial<ConnectionLimits>;
    /** Where warnings about lost connections go (default: the app's logger, at warn). */
    log?: PoolLog;
  } = {},
): { sql: postgres.Sql; db: Db } {
  const l = { ...limitsFromEnv(), ...opts.limits };
  const log: PoolLog = opts.log ?? ((obj, msg) => logger.warn(obj, msg));
  containDriverWriteBug(log);
  const sql = replaceablePool(
    () =>
      postgres(url, {
        max,
        connect_timeout: l.connectTimeoutSeconds,
        idle_timeout: l.idleTimeoutSeconds || undefined,
        max_lifetime: l.maxLifetimeSeconds || null,
        connection: { statement_timeout: l.statementTimeoutMs },
        onnotice: logNotice,
      }),
    log,
  );
  return { sql, db: drizzle(sql, { schema }) };
}

/** The app's connection string: its own role, or DATABASE_URL's where none is configured. */
export function appDatabaseUrl(): string | undefined {
  return env().APP_DATABASE_URL ?? env().DATABASE_URL;
}

export function getDb(): Db {
  const h = (holder.__refundDeskDb ??= {});
  if (!h.db) {
    const url = appDatabaseUrl();
    if (!url)
      throw new Error("APP_DATABASE_URL is not set (npm start sets it for the embedded server)");
    const created = createDb(url);
    h.sql = created.sql;
    h.db = created.db;
  }
  return h.db;
}

export { schema };
