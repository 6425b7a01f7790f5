import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { grantAppRole } from "./roles/grant-app-role";
import { roleOf } from "./roles/ensure-app-role";

export type MigrateOptions = {
  /** The app's own role, given its rights after the migrations; null: the app runs as the owner (`url`'s role). */
  appRole: string | null;
};

/**
 * Applies the committed SQL migrations under db/migrations as the owner of the tables (`url`'s
 * role), then the app role's rights (db/roles/grant-app-role.ts).
 */
export async function runMigrations(url: string, opts: MigrateOptions): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    await migrate(drizzle(sql), { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
    await grantAppRole(sql, opts.appRole ?? roleOf(url));
  } finally {
    await sql.end();
  }
}
