import fs from "node:fs";
import type { Db } from "@/db/client";
import { ingestEmail, type IngestResult } from "./ingest-email";

export type ImportedFile = { file: string; result?: IngestResult; error?: string };

/** CLI import: each .eml file through the same pipeline as every other channel. */
export async function importFiles(db: Db, files: string[]): Promise<ImportedFile[]> {
  const out: ImportedFile[] = [];
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = fs.readFileSync(file);
    } catch (err) {
      out.push({ file, error: `cannot read: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    try {
      out.push({ file, result: await ingestEmail(db, { raw, channel: "cli" }) });
    } catch (err) {
      out.push({
        file,
        error: `stored but processing failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  return out;
}
