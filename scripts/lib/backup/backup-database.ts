import fs from "node:fs";
import path from "node:path";
import { QUEUE_SCHEMA } from "../../../db/roles/app-privileges";
import { pgClientFor, runPgProgram } from "./run-pg-program";

export type BackupResult = { file: string; bytes: number; pgDump: string };

/**
 * pg_dump of the whole database in custom format (compressed, restorable table by table), as the
 * owner. The job queue's schema is left out: it is rebuilt at start and every job's work is found
 * again from the application's tables. Written to a temporary name, then renamed: a backup file
 * that exists is complete.
 */
export async function backupDatabase(opts: {
  url: string;
  file: string;
  log?: (line: string) => void;
}): Promise<BackupResult> {
  const client = await pgClientFor(opts.url, opts.log);
  fs.mkdirSync(path.dirname(opts.file), { recursive: true, mode: 0o700 });
  const partial = `${opts.file}.partial`;
  try {
    await runPgProgram(client.pgDump, opts.url, [
      "--format=custom",
      `--exclude-schema=${QUEUE_SCHEMA}`,
      `--file=${partial}`,
    ]);
    fs.chmodSync(partial, 0o600);
    fs.renameSync(partial, opts.file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { file: opts.file, bytes: fs.statSync(opts.file).size, pgDump: client.version };
}
