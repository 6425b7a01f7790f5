"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { takeNextRequest } from "@/app/components/take-next-request";

export function NextRequestButton() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-2">
      {message && (
        <span role="status" className="text-sm text-slate-600">
          {message}
        </span>
      )}
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending}
        title="Shortcut: n"
        onClick={() =>
          start(async () => {
            setMessage(await takeNextRequest(router));
          })
        }
      >
        Next request <kbd className="ml-1 rounded bg-indigo-500 px-1 font-mono text-xs">n</kbd>
      </button>
    </div>
  );
}
