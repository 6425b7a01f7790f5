"use client";

import { useState, useTransition } from "react";
import { resolveQuarantineAction } from "@/app/actions/emails/resolve-quarantine-action";

export function QuarantineActions({ emailId }: { emailId: string }) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<string | null>(null);
  const run = (mode: "retry" | "dismiss") =>
    start(async () => {
      const r = await resolveQuarantineAction({ emailId, mode });
      setMsg(
        r.ok
          ? r.data.outcome === "quarantined"
            ? `still quarantined: ${r.data.reason}`
            : r.data.outcome
          : r.message,
      );
    });
  return (
    <span className="inline-flex items-center gap-1">
      <button
        type="button"
        className="btn px-2 py-0.5 text-xs"
        disabled={pending}
        onClick={() => run("retry")}
      >
        Retry
      </button>
      <button
        type="button"
        className="btn px-2 py-0.5 text-xs"
        disabled={pending}
        onClick={() => run("dismiss")}
      >
        Dismiss
      </button>
      {msg && (
        <span role="status" className="text-xs text-slate-600">
          {msg}
        </span>
      )}
    </span>
  );
}
