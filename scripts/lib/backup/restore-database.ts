import postgres from "postgres";
import { runMigrations } from "../../../db/migrate";
import { QUEUE_SCHEMA } from "../../../db/roles/app-privileges";
import { pgClientFor, runPgProgram } from "./run-pg-program";
import { verifyRestoredDatabase, type RestoreCheck } from "./verify-restored-database";

export type RestoreOptions = {
  /** The owner's URL of the database to restore into (created when missing). */
  url: string;
  file: string;
  /** Empty a database that holds tables first (everything in it is lost). */
  force: boolean;
  /** The app role to give its rights afterwards; null: the app runs as the owner. */
  appRole: string | null;
  log?: (line: string) => void;
};

const SCHEMAS = ["public", "drizzle", QUEUE_SCHEMA];

/**
 * Restores a db:backup file into an empty database (refusing one that holds tables unless
 * `force`), in one transaction, as the owner, without the dump's owners and grants; then the
 * migrations (a backup from an older release is brought up to date) and the app role's rights,
 * then checks the copy: migrations, the whole audit chain, the ledger's invariants.
 */
export async function restoreDatabase(opts: RestoreOptions): Promise<RestoreCheck> {
  const log = opts.log ?? ((l: string) => console.error(l));
  await createDatabaseIfMissing(opts.url);
  const sql = postgres(opts.url, { max: 1, onnotice: () => undefined });
  try {
    const [held] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(${SCHEMAS})`;
    if (held!.n > 0 && !opts.force)
      throw new Error(
        `the database ${new URL(opts.url).pathname.slice(1)} is not empty (${held!.n} tables): restore into an empty one, or add --force to replace everything in it`,
      );
    if (held!.n > 0) {
      log(`Emptying the database (${held!.n} tables)…`);
      await sql.begin(async (tx) => {
        for (const s of SCHEMAS) await tx.unsafe(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
        await tx.unsafe(`CREATE SCHEMA public AUTHORIZATION pg_database_owner`);
        await tx.unsafe(`GRANT USAGE ON SCHEMA public TO PUBLIC`);
      });
    }
  } finally {
    await sql.end();
  }
  const client = await pgClientFor(opts.url, log);
  await runPgProgram(client.pgRestore, opts.url, [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    opts.file,
  ]);
  await runMigrations(opts.url, { appRole: opts.appRole });
  return verifyRestoredDatabase(opts.url);
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => undefined });
  try {
    const [found] = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!found) await sql.unsafe(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await sql.end();
  }
}
