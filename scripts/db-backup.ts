/**
 * `npm run db:backup [-- FILE]`: pg_dump (custom format) of the database — DATABASE_URL, the
 * running `npm start`'s, or the embedded data folder — to FILE, by default
 * .data/backups/refund-desk-<time>.dump. The keys are not in it: see README, Backups.
 */
import path from "node:path";
import { backupDatabase } from "./lib/backup/backup-database";
import { connectCliDatabase } from "./lib/connect-cli-database";
import { DATA_DIR } from "./lib/local-config";

async function main(): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(
    process.argv[2] ?? path.join(DATA_DIR, "backups", `refund-desk-${stamp}.dump`),
  );
  const conn = await connectCliDatabase();
  try {
    const { bytes, pgDump } = await backupDatabase({ url: conn.url, file });
    console.log(`Backup written: ${file} (${(bytes / 1_048_576).toFixed(1)} MB, ${pgDump}).`);
    console.log(
      "Keep apart from it, as safely: PAYMENT_DETAILS_KEY (sealed payment details are unreadable without it), " +
        "AUDIT_ANCHOR_KEY and the anchor file, NEXTAUTH_SECRET (locally all in .data/local-secrets.json " +
        "and .data/audit-anchors.log).",
    );
  } finally {
    await conn.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
