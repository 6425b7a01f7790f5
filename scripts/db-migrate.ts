/** `npm run db:migrate`: applies the committed SQL migrations (DATABASE_URL, or the embedded database). */
import { runMigrations } from "../db/migrate";
import { roleOf } from "../db/roles/ensure-app-role";
import { connectCliDatabase } from "./lib/connect-cli-database";

async function main() {
  const conn = await connectCliDatabase();
  try {
    await runMigrations(conn.url, { appRole: roleOf(conn.appUrl) });
    console.log("Migrations applied.");
  } finally {
    await conn.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
