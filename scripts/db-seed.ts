/**
 * `npm run db:seed [-- --requests N]`: migrations, then the demo data on an
 * empty database; with --requests, grows refund_requests to N for benchmarks.
 */
import { count } from "drizzle-orm";
import { createDb } from "../db/client";
import { runMigrations } from "../db/migrate";
import { roleOf } from "../db/roles/ensure-app-role";
import { users } from "../db/schema";
import { growRequests } from "../db/seed/grow-requests";
import { connectCliDatabase } from "./lib/connect-cli-database";
import { ensureLocalSecrets } from "./lib/local-config";
import { seedFirstStart } from "./lib/seed-first-start";

function requestsArg(argv: string[]): number | null {
  const i = argv.findIndex((a) => a === "--requests" || a.startsWith("--requests="));
  if (i < 0) return null;
  const flag = argv[i] ?? "";
  const raw = flag.includes("=") ? flag.split("=")[1] : argv[i + 1];
  const n = Number(raw?.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--requests needs a whole number, got "${raw ?? ""}"`);
  return n;
}

async function main(): Promise<void> {
  const requests = requestsArg(process.argv.slice(2));
  ensureLocalSecrets();
  // DATABASE_URL, else the embedded server of a running `npm start`, else the embedded data folder.
  // Seeding is the operator's: it runs as the owner (growing the bench set ends with ANALYZE).
  const conn = await connectCliDatabase();
  const url = conn.url;
  await runMigrations(url, { appRole: roleOf(conn.appUrl) });
  const { db, sql } = createDb(url, 2);
  try {
    const now = new Date();
    const [row] = await db.select({ n: count() }).from(users);
    if ((row?.n ?? 0) > 0) {
      console.log("Demo data is already present (the users table is not empty); nothing seeded.");
    } else {
      await seedFirstStart(db, (l) => console.log(l));
    }
    if (requests !== null) {
      console.log(`Growing refund_requests to ${requests}…`);
      const result = await growRequests(db, { count: requests, now, log: (l) => console.log(l) });
      console.log(
        result.added === 0
          ? `Already ${result.existing} requests; nothing added.`
          : `Added ${result.added} requests (had ${result.existing}) in ${(result.ms / 1000).toFixed(1)} s.`,
      );
    }
  } finally {
    await sql.end();
    await conn.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
