import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { roleOf } from "../../db/roles/ensure-app-role";
import { configuredAppUrl, embeddedAppUrl, type DatabaseUrls } from "./database-roles";
import { DATA_DIR } from "./local-config";

/** Written by a running `npm start` on the embedded server: its owner and app URLs (mode 0600). */
export const RUNNING_URL_FILE = path.join(DATA_DIR, "running-database-url");

export function writeRunningUrls(urls: DatabaseUrls): void {
  fs.writeFileSync(RUNNING_URL_FILE, JSON.stringify(urls), { mode: 0o600 });
}

/** What a running `npm start` announced; null when nothing (or a file from an older release) is there. */
function readRunningUrls(): DatabaseUrls | null {
  try {
    const urls = JSON.parse(fs.readFileSync(RUNNING_URL_FILE, "utf8")) as Partial<DatabaseUrls>;
    return urls.url && urls.appUrl ? { url: urls.url, appUrl: urls.appUrl } : null;
  } catch {
    return null;
  }
}

/**
 * The database a command-line tool should use: DATABASE_URL (with APP_DATABASE_URL); else the
 * embedded server a running `npm start` announced; else the embedded data folder started just for
 * this command, migrated unless `migrate` is false. `url` is the owner's (migrations, seed,
 * backups), `appUrl` the app's (ingest).
 */
export async function connectCliDatabase(
  opts: { migrate?: boolean } = {},
): Promise<DatabaseUrls & { embedded: EmbeddedServer | null }> {
  const configured = process.env.DATABASE_URL;
  if (configured)
    return {
      url: configured,
      appUrl: configuredAppUrl(configured, (l) => console.error(l)),
      embedded: null,
    };
  const urls = readRunningUrls();
  if (urls) {
    const probe = postgres(urls.url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
    try {
      await probe`SELECT 1`;
      return { ...urls, embedded: null };
    } catch {
      // npm start is not running any more; start the folder ourselves below.
    } finally {
      await probe.end();
    }
  }
  const embedded = await startEmbeddedPostgres({
    dir: path.join(DATA_DIR, "pg"),
    database: "refund_desk",
    persistent: true,
  });
  try {
    const appUrl = await embeddedAppUrl(embedded.url);
    // A restore wants the database as it finds it (a fresh folder stays empty).
    if (opts.migrate ?? true) await runMigrations(embedded.url, { appRole: roleOf(appUrl) });
    return { url: embedded.url, appUrl, embedded };
  } catch (err) {
    await embedded.stop();
    throw err;
  }
}
