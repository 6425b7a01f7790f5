"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { claimNextRequestAction } from "@/app/actions/requests/claim-next-request-action";

export function NextRequestButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-2">
      {message && <span role="status" className="text-sm text-slate-600">{message}</span>}
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending}
        title="Shortcut: n"
        onClick={() =>
          start(async () => {
            const res = await claimNextRequestAction({});
            if (res.ok && res.data) router.push(`/requests/${res.data.id}`);
            else setMessage(res.ok ? "No unassigned requests are waiting for review." : res.message);
          })
        }
      >
        Next request <kbd className="ml-1 rounded bg-indigo-500 px-1 font-mono text-xs">n</kbd>
      </button>
    </div>
  );
}
