import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
/** A db handle or an open transaction: domain functions accept either. */
export type Tx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

type Holder = { sql?: postgres.Sql; db?: Db };
// One client per process, kept on globalThis so dev hot reload leaks no connections. The cast adds
// our own slot to globalThis's type (declaring it globally would offer it to every module).
const holder = globalThis as unknown as { __refundDeskDb?: Holder };

export function createDb(url: string, max = 10): { sql: postgres.Sql; db: Db } {
  const sql = postgres(url, { max, onnotice: () => undefined });
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
