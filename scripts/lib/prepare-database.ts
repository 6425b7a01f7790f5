import path from "node:path";
import { count } from "drizzle-orm";
import { createDb } from "../../db/client";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { users } from "../../db/schema";
import { DATA_DIR } from "./local-config";

export type PreparedDatabase = { url: string; embedded: EmbeddedServer | null; seeded: boolean };

export type PrepareDatabaseOptions = {
  /** Cluster folder for the embedded server (ignored with DATABASE_URL). */
  dir?: string;
  persistent?: boolean;
  log?: (line: string) => void;
};

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/pg.
 * Then migrations, then the demo seed on first start only.
 */
export async function prepareDatabase(
  opts: PrepareDatabaseOptions = {},
): Promise<PreparedDatabase> {
  const log = opts.log ?? ((l: string) => console.log(l));
  let embedded: EmbeddedServer | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    log("Starting embedded PostgreSQL (no DATABASE_URL set)…");
    embedded = await startEmbeddedPostgres({
      dir: opts.dir ?? path.join(DATA_DIR, "pg"),
      database: "refund_desk",
      persistent: opts.persistent ?? true,
    });
    url = embedded.url;
    process.env.DATABASE_URL = url;
  }
  try {
    await runMigrations(url);
    const { db, sql } = createDb(url, 2);
    try {
      const [row] = await db.select({ n: count() }).from(users);
      if ((row?.n ?? 0) > 0) return { url, embedded, seeded: false };
      log("First start: loading demo data…");
      const { seedFirstStart } = await import("./seed-first-start");
      await seedFirstStart(db, log);
      return { url, embedded, seeded: true };
    } finally {
      await sql.end();
    }
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
