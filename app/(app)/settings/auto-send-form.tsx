"use client";

import { useActionState } from "react";
import { updateAutoSendAction } from "@/app/actions/settings/update-auto-send-action";

/** One switch: whether the REQ-INCOMPLETE reply goes out by itself or waits in the outbox as a draft. */
export function AutoSendForm({ enabled, canWrite }: { enabled: boolean; canWrite: boolean }) {
  const [state, submit, pending] = useActionState(updateAutoSendAction, null);
  // The page re-renders with the saved value after revalidation; until then show what was just saved.
  const on = state?.ok ? state.data.enabled : enabled;
  return (
    <form
      action={submit}
      className="flex flex-wrap items-center gap-3"
      aria-label="Missing-information reply"
    >
      <input type="hidden" name="enabled" value={String(!on)} />
      <button
        type="submit"
        role="switch"
        aria-checked={on}
        aria-label="Send the missing-information reply automatically"
        disabled={!canWrite || pending}
        className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-60 ${on ? "bg-indigo-600" : "bg-slate-300"}`}
      >
        <span
          className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${on ? "translate-x-5" : "translate-x-0.5"}`}
        />
      </button>
      <span className="text-sm">
        Send the missing-information reply automatically:{" "}
        <b data-testid="auto-send-state">{on ? "on" : "off"}</b>
        <span className="block text-xs text-slate-500">
          {on
            ? "Replies asking for missing details are sent as soon as the request arrives."
            : "Replies asking for missing details wait in the outbox as drafts for a reviewer to send."}
        </span>
      </span>
      {state && !state.ok && (
        <p role="alert" className="w-full text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
