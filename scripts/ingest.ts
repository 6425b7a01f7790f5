/**
 * npm run --silent ingest -- [--dry-run] FILE.eml...
 * --dry-run prints a JSON array (one object per file, argument order) and
 * touches no database. Without it the files go through the real pipeline.
 */
import { createDb } from "../db/client";
import { INGEST_USAGE, parseIngestArgs, runDryRun } from "../lib/ingest/run-dry-run";
import { importFiles } from "../lib/requests/import-files";
import { ensureLocalSecrets } from "./lib/local-config";
import { connectCliDatabase } from "./lib/connect-cli-database";

/** Imports through the real pipeline; prints one JSON line per file. Exit 1 if any file failed. */
async function importIntoDatabase(files: string[]): Promise<number> {
  ensureLocalSecrets();
  const conn = await connectCliDatabase();
  // Imports run as the app does: its own role, not the owner.
  const { db, sql } = createDb(conn.appUrl, 2);
  try {
    const results = await importFiles(db, files);
    for (const r of results) {
      const o = r.result?.outcome;
      process.stdout.write(
        `${JSON.stringify({ file: r.file, emailId: r.result?.emailId ?? null, duplicate: r.result?.duplicate ?? false, outcome: o?.kind ?? (r.error ? "error" : "duplicate"), request: o && o.kind !== "quarantined" ? o.requestId : null, quarantine: o?.kind === "quarantined" ? o.reason : null, error: r.error ?? null })}\n`,
      );
    }
    return results.some((r) => r.error) ? 1 : 0;
  } finally {
    await sql.end();
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `ingest failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
