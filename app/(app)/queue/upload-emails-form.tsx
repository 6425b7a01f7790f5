"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { UploadedEmail } from "@/lib/requests/upload-emails";

type UploadState =
  | { ok: true; data: UploadedEmail[] }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> }
  | null;

/** Posts the chosen files to the upload route (its own body limit; server actions keep 1 MB). */
async function upload(_prev: UploadState, form: FormData): Promise<UploadState> {
  try {
    const res = await fetch("/api/emails/upload", { method: "POST", body: form });
    const body = (await res.json()) as {
      ok?: boolean;
      data?: UploadedEmail[];
      message?: string;
      error?: string;
      fieldErrors?: Record<string, string[]>;
    };
    if (res.ok && body.data) return { ok: true, data: body.data };
    return {
      ok: false,
      message: body.message ?? body.error ?? `Upload failed (${res.status}).`,
      fieldErrors: body.fieldErrors,
    };
  } catch {
    return { ok: false, message: "The upload did not reach the server. Try again." };
  }
}

/** Import .eml files through the ingestion pipeline. */
export function UploadEmailsForm() {
  const [state, submit, pending] = useActionState(upload, null);
  return (
    <form action={submit} className="flex items-center gap-2" aria-label="Upload emails">
      <label className="text-sm text-slate-600" htmlFor="eml-files">
        Import .eml
      </label>
      <input
        id="eml-files"
        name="files"
        type="file"
        accept=".eml,message/rfc822"
        multiple
        className="text-sm"
      />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Importing…" : "Upload"}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700">
          {state.fieldErrors?.files?.join(". ") ?? state.message}
        </span>
      )}
      {state?.ok && (
        <span role="status" className="text-sm text-slate-700">
          {state.data.map((r) => (
            <span key={r.emailId || r.name} className="mr-2">
              {r.name}: {r.outcome}
              {r.reason ? ` (${r.reason})` : ""}
              {r.requestId && (
                <Link className="ml-1 text-indigo-700 underline" href={`/requests/${r.requestId}`}>
                  open
                </Link>
              )}
            </span>
          ))}
        </span>
      )}
    </form>
  );
}
