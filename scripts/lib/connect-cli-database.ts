import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { runMigrations } from "../../db/migrate";
import { DATA_DIR } from "./local-config";

export const RUNNING_URL_FILE = path.join(DATA_DIR, "running-database-url");

/**
 * The database a command-line tool should use: DATABASE_URL; else the
 * embedded server a running `npm start` announced; else the embedded data
 * folder started just for this command.
 */
export async function connectCliDatabase(): Promise<{
  url: string;
  embedded: EmbeddedServer | null;
}> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  if (fs.existsSync(RUNNING_URL_FILE)) {
    const url = fs.readFileSync(RUNNING_URL_FILE, "utf8").trim();
    const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
    try {
      await probe`SELECT 1`;
      return { url, embedded: null };
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
  await runMigrations(embedded.url);
  return { url: embedded.url, embedded };
}
