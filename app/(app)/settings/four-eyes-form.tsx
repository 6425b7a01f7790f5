"use client";

import { useActionState } from "react";
import { updateFourEyesAction } from "@/app/actions/settings/update-four-eyes-action";

/** The four-eyes thresholds, one "CUR amount" per line; currencies not listed use 100.00. */
export function FourEyesForm({ lines, canWrite }: { lines: string; canWrite: boolean }) {
  const [state, submit, pending] = useActionState(updateFourEyesAction, null);
  return (
    <form action={submit} className="space-y-2 text-sm" aria-label="Four-eyes thresholds">
      <label className="block">
        Thresholds (one per line, e.g. <code>RUB 10000.00</code>). A direct refund above its
        currency&apos;s threshold waits in the Approvals inbox for a manager other than the one who
        decided; currencies not listed use 100.00.
        <textarea
          name="thresholds"
          className="input mt-1 w-full font-mono"
          rows={4}
          defaultValue={lines}
          disabled={!canWrite}
        />
      </label>
      {canWrite && (
        <button type="submit" className="btn btn-primary" disabled={pending}>
          Save thresholds
        </button>
      )}
      {state && !state.ok && (
        <p role="alert" className="text-red-700">
          {state.fieldErrors?.thresholds?.join(". ") ?? state.message}
        </p>
      )}
      {state?.ok && (
        <p className="text-green-800">{state.data.changed ? "Saved." : "No change."}</p>
      )}
    </form>
  );
}
