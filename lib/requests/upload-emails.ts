import type { Db } from "@/db/client";
import { logger } from "@/lib/server/logger";
import { EmailNotProcessed, ingestEmail } from "./ingest-email";

export type UploadedEmail = {
  name: string;
  emailId: string;
  duplicate: boolean;
  outcome: string;
  requestId: string | null;
  reason: string | null;
};

/**
 * .eml files a reviewer uploaded, each through the ingestion pipeline. One file failing does
 * not stop the others: it is reported with the reference of the log line (a file stored but
 * not processed is finished by the retry job).
 */
export async function uploadEmails(
  db: Db,
  files: { name: string; raw: Buffer }[],
  requestId: string,
): Promise<UploadedEmail[]> {
  const results: UploadedEmail[] = [];
  for (const file of files) {
    try {
      const r = await ingestEmail(db, { raw: file.raw, channel: "upload" });
      const o = r.outcome;
      results.push({
        name: file.name,
        emailId: r.emailId,
        duplicate: r.duplicate,
        outcome: o?.kind ?? "duplicate",
        requestId: o && o.kind !== "quarantined" ? o.requestId : null,
        reason: o?.kind === "quarantined" ? o.reason : null,
      });
    } catch (err) {
      logger.error({ requestId, file: file.name, err }, "uploaded email not processed");
      const stored = err instanceof EmailNotProcessed;
      results.push({
        name: file.name,
        emailId: stored ? err.emailId : "",
        duplicate: false,
        outcome: stored ? "stored, not processed yet" : "not stored",
        requestId: null,
        reason: `reference ${requestId}`,
      });
    }
  }
  return results;
}
