/**
 * npm run --silent ingest -- [--dry-run] FILE.eml...
 * --dry-run prints a JSON array (one object per file, argument order) and
 * touches no database. Without it the files go through the real pipeline.
 */
import { INGEST_USAGE, parseIngestArgs, runDryRun } from "../lib/ingest/run-dry-run";

// The import module is owned by the pipeline; a non-literal specifier keeps
// this script loadable (and type-checkable) for dry runs without it.
const CLI_IMPORT_MODULE = "../lib/ingest/cli-import";

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
  const mod = (await import(CLI_IMPORT_MODULE)) as { importFiles: (files: string[]) => Promise<number> };
  return mod.importFiles(args.files);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
