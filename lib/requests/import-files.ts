import fs from "node:fs";
import type { Db } from "@/db/client";
import { safeErrorMessage } from "@/lib/server/serialize-error";
import { EmailNotProcessed, ingestEmail, type IngestResult } from "./ingest-email";

export type ImportedFile = { file: string; result?: IngestResult; error?: string };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * CLI import: each .eml file through the same pipeline as every other channel, reported as
 * soon as it is done. A file that fails (unreadable, not stored, stored but not processed)
 * is reported and the next one goes on.
 */
export async function* importFiles(db: Db, files: string[]): AsyncGenerator<ImportedFile> {
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = fs.readFileSync(file);
    } catch (err) {
      yield { file, error: `cannot read: ${messageOf(err)}` };
      continue;
    }
    try {
      yield { file, result: await ingestEmail(db, { raw, channel: "cli" }) };
    } catch (err) {
      yield {
        file,
        error:
          err instanceof EmailNotProcessed
            ? `${safeErrorMessage(err)} (the retry job will finish it)`
            : safeErrorMessage(err),
      };
    }
  }
}
