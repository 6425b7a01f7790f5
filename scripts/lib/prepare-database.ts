import path from "node:path";
import { count } from "drizzle-orm";
import { createDb } from "../../db/client";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { roleOf } from "../../db/roles/ensure-app-role";
import { users } from "../../db/schema";
import { configuredAppUrl, embeddedAppUrl, type DatabaseUrls } from "./database-roles";
import { DATA_DIR } from "./local-config";
import { sealLeftoverRows } from "./seal-leftover-rows";

export type PreparedDatabase = DatabaseUrls & { embedded: EmbeddedServer | null; seeded: boolean };

export type PrepareDatabaseOptions = {
  /** Cluster folder for the embedded server (ignored with DATABASE_URL). */
  dir?: string;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Start the embedded server in `dir` even when DATABASE_URL is set (a bench's second database). */
  ignoreDatabaseUrl?: boolean;
};

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/pg, with the app's own role.
 * Then migrations and the app role's rights (as the owner), the rows stored before sealing sealed,
 * then the demo seed on first start only.
 */
export async function prepareDatabase(
  opts: PrepareDatabaseOptions = {},
): Promise<PreparedDatabase> {
  const log = opts.log ?? ((l: string) => console.log(l));
  let embedded: EmbeddedServer | null = null;
  let url = opts.ignoreDatabaseUrl ? undefined : process.env.DATABASE_URL;
  try {
    let appUrl: string;
    if (!url) {
      log("Starting embedded PostgreSQL (no DATABASE_URL set)…");
      embedded = await startEmbeddedPostgres({
        dir: opts.dir ?? path.join(DATA_DIR, "pg"),
        database: "refund_desk",
        persistent: opts.persistent ?? true,
      });
      url = embedded.url;
      appUrl = await embeddedAppUrl(url);
    } else appUrl = configuredAppUrl(url, log);
    await runMigrations(url, { appRole: roleOf(appUrl) });
    const { db, sql } = createDb(url, 2);
    try {
      await sealLeftoverRows(db, log);
      const [row] = await db.select({ n: count() }).from(users);
      if ((row?.n ?? 0) > 0) return { url, appUrl, embedded, seeded: false };
      log("First start: loading demo data…");
      const { seedFirstStart } = await import("./seed-first-start");
      await seedFirstStart(db, log);
      return { url, appUrl, embedded, seeded: true };
    } finally {
      await sql.end();
    }
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
