"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { ingestEmail } from "@/lib/requests/ingest-email";
import { action } from "@/lib/server/action";
import { logger } from "@/lib/server/logger";

const MAX_FILES = 50;

const uploadEmailsSchema = z.object({
  files: z
    .union([z.instanceof(File), z.array(z.instanceof(File))])
    .transform((f) => (Array.isArray(f) ? f : [f]).filter((x) => x.size > 0 || x.name !== ""))
    .refine((f) => f.length > 0, "Choose at least one .eml file")
    .refine((f) => f.length <= MAX_FILES, `Upload at most ${MAX_FILES} files at once`)
    .refine((f) => f.every((x) => /\.eml$/i.test(x.name)), "Only .eml files can be uploaded"),
});

export type UploadedEmail = {
  name: string;
  emailId: string;
  duplicate: boolean;
  outcome: string;
  requestId: string | null;
  reason: string | null;
};

/** Reviewers and admins: import .eml files through the ingestion pipeline. */
export const uploadEmailsAction = action(
  { name: "uploadEmails", schema: uploadEmailsSchema, permission: "emails.upload" },
  async ({ files }, { requestId }) => {
    const db = getDb();
    const results: UploadedEmail[] = [];
    for (const file of files) {
      let r: Awaited<ReturnType<typeof ingestEmail>>;
      try {
        r = await ingestEmail(db, {
          raw: Buffer.from(await file.arrayBuffer()),
          channel: "upload",
        });
      } catch (err) {
        // One file failing does not stop the others; its raw bytes are stored and the retry job processes it.
        logger.error({ requestId, file: file.name, err }, "uploaded email not processed");
        results.push({
          name: file.name,
          emailId: "",
          duplicate: false,
          outcome: "not processed",
          requestId: null,
          reason: `reference ${requestId}`,
        });
        continue;
      }
      const o = r.outcome;
      results.push({
        name: file.name,
        emailId: r.emailId,
        duplicate: r.duplicate,
        outcome: o?.kind ?? "duplicate",
        requestId: o && o.kind !== "quarantined" ? o.requestId : null,
        reason: o?.kind === "quarantined" ? o.reason : null,
      });
    }
    revalidatePath("/queue");
    return results;
  },
);
