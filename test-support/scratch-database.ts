import postgres from "postgres";
import { runMigrations } from "@/db/migrate";
import { roleOf, urlAs } from "@/db/roles/ensure-app-role";

export type ScratchDatabase = {
  /** As the app's role. */
  url: string;
  /** Ends every connection to the database and refuses new ones: the database is "down". */
  takeDown: () => Promise<number>;
  /** Accepts connections again. */
  bringUp: () => Promise<void>;
  /** Ends every connection to the database (a blip: reconnecting works at once). */
  terminateConnections: () => Promise<number>;
  drop: () => Promise<void>;
};

/**
 * A migrated database of its own on the integration server, for tests that take
 * the database down or run a job runner in another process: nothing they do
 * reaches the shared test database. `ownerUrl` creates and migrates it; the
 * returned `url` signs in as `appUrl`'s role.
 */
export async function createScratchDatabase(
  ownerUrl: string,
  appUrl: string,
  prefix: string,
): Promise<ScratchDatabase> {
  const baseUrl = ownerUrl;
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const adminUrl = new URL(baseUrl);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString(), { appRole: roleOf(appUrl) });
  const app = new URL(appUrl);
  const scratchAppUrl = urlAs(url.toString(), roleOf(appUrl), decodeURIComponent(app.password));
  const terminateConnections = async () => {
    const rows = await admin`
      SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
      WHERE datname = ${name} AND pid <> pg_backend_pid()`;
    return rows.length;
  };
  return {
    url: scratchAppUrl,
    takeDown: async () => {
      await admin.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      return terminateConnections();
    },
    bringUp: async () => {
      await admin.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    },
    terminateConnections,
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
