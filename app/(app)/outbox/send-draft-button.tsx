"use client";

import { useState, useTransition } from "react";
import { sendDraftReplyAction } from "@/app/actions/requests/send-draft-reply-action";

export function SendDraftButton({ outboundId }: { outboundId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="btn"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await sendDraftReplyAction({ outboundId });
            setError(r.ok ? null : r.message);
          })
        }
      >
        Send
      </button>
      {error && (
        <span role="alert" className="ml-1 text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
