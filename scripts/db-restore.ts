/**
 * `npm run db:restore -- FILE [--database NAME] [--force]`: restores a db:backup file into the
 * database (DATABASE_URL's, or the embedded one; stop `npm start` first), or into NAME on the same
 * server (created when missing), which must be empty unless --force. Then migrations, the app
 * role's rights, and the checks: migrations, the whole audit chain, ledger:verify. Exit 1 if any fails.
 */
import path from "node:path";
import { roleOf } from "../db/roles/ensure-app-role";
import { restoreDatabase } from "./lib/backup/restore-database";
import { connectCliDatabase } from "./lib/connect-cli-database";
import { ensureLocalSecrets } from "./lib/local-config";

const USAGE = "usage: npm run db:restore -- FILE [--database NAME] [--force]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const at = args.indexOf("--database");
  const database = at >= 0 ? args[at + 1] : undefined;
  const [file, ...extra] = args.filter((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1));
  if (!file || extra.length > 0 || (at >= 0 && !database)) {
    console.error(USAGE);
    return 2;
  }
  ensureLocalSecrets();
  const conn = await connectCliDatabase({ migrate: false });
  try {
    const url = new URL(conn.url);
    if (database) url.pathname = `/${database}`;
    const check = await restoreDatabase({
      url: url.toString(),
      file: path.resolve(file),
      force,
      appRole: roleOf(conn.appUrl),
    });
    console.log(`Migrations: ${check.migrations.applied} of ${check.migrations.expected} applied`);
    console.log(
      `Audit chain: ${check.chain.ok ? "intact" : "BROKEN"} (${check.chain.checked} entries${check.chain.firstBrokenId ? `, first broken #${check.chain.firstBrokenId}` : ""}${check.chain.headMismatch ? ", head does not match" : ""})`,
    );
    console.log(
      check.ledger.violations.length === 0
        ? `ledger:verify ok (${check.ledger.transactions} transactions)`
        : `ledger:verify FAILED:\n  ${check.ledger.violations.join("\n  ")}`,
    );
    if (check.anchors.configured)
      console.log(
        check.anchors.mismatch
          ? `Anchor file: ${check.anchors.mismatch}. Runs anchored after this backup was made are expected to be missing; if so, move the anchor file aside (keep it) before starting the app.`
          : `Anchor file: the ${check.anchors.checked} anchored verifications match`,
      );
    console.log(check.ok ? "Restore verified." : "Restore FAILED its checks.");
    return check.ok ? 0 : 1;
  } finally {
    await conn.embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
