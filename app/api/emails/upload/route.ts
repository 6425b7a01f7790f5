import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { uploadEmails } from "@/lib/requests/upload-emails";
import { AppError } from "@/lib/server/app-error";
import { declaredLength, readCappedBody } from "@/lib/server/read-capped-body";
import { requestIdOf } from "@/lib/server/request-id";
import { route } from "@/lib/server/route";

const MAX_FILES = 50;
/** Multipart framing around the files. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

const uploadEmailsSchema = z.object({
  files: z
    .array(z.instanceof(File))
    .transform((f) => f.filter((x) => x.size > 0 || x.name !== ""))
    .refine((f) => f.length > 0, "Choose at least one .eml file")
    .refine((f) => f.length <= MAX_FILES, `Upload at most ${MAX_FILES} files at once`)
    .refine((f) => f.every((x) => /\.eml$/i.test(x.name)), "Only .eml files can be uploaded"),
});

/**
 * Reviewers and admins: import .eml files through the ingestion pipeline. A route handler,
 * not a server action, so that this upload alone may carry a large body: the permission is
 * checked before a byte is read, and the body is read only up to twice MAX_EMAIL_BYTES (a
 * message over MAX_EMAIL_BYTES is still stored, and quarantined as too large), while every
 * server action keeps Next's 1 MB limit.
 */
export const POST = route("emails.upload", async (req) => {
  const cap = env().MAX_EMAIL_BYTES * 2 + FORM_OVERHEAD_BYTES;
  const tooLarge = new AppError("TOO_LARGE", {
    userMessage: `The upload is too large (at most ${Math.floor(cap / 1024 / 1024)} MB at once).`,
  });
  if ((declaredLength(req.headers) ?? 0) > cap) throw tooLarge;
  const body = await readCappedBody(req.body, cap);
  if (!body) throw tooLarge;
  const form = await new Response(new Uint8Array(body), {
    headers: { "content-type": req.headers.get("content-type") ?? "" },
  })
    .formData()
    .catch(() => new FormData());
  const input = uploadEmailsSchema.safeParse({ files: form.getAll("files") });
  if (!input.success)
    return Response.json(
      {
        ok: false,
        message: "Please correct the highlighted fields.",
        fieldErrors: { files: input.error.issues.map((i) => i.message) },
      },
      { status: 400 },
    );
  const files = await Promise.all(
    input.data.files.map(async (f) => ({ name: f.name, raw: Buffer.from(await f.arrayBuffer()) })),
  );
  const data = await uploadEmails(getDb(), files, requestIdOf(req));
  revalidatePath("/queue");
  return Response.json({ ok: true, data });
});
