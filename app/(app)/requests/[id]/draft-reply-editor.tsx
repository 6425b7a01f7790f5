"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { sendDraftReplyAction } from "@/app/actions/requests/send-draft-reply-action";

/** A reply the pipeline drafted (e.g. asking for missing details): the reviewer reads, edits and sends it. */
export function DraftReplyEditor({ outboundId, body }: { outboundId: string; body: string }) {
  const router = useRouter();
  const [text, setText] = useState(body);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="mt-2 space-y-2">
      <label className="label" htmlFor={`draft-${outboundId}`}>
        Drafted automatically; edit before sending
      </label>
      <textarea
        id={`draft-${outboundId}`}
        className="input h-40 font-mono text-xs"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button
        type="button"
        className="btn btn-primary"
        disabled={pending || text.trim() === ""}
        onClick={() =>
          start(async () => {
            const r = await sendDraftReplyAction({ outboundId, body: text });
            setError(r.ok ? null : r.message);
            if (r.ok) router.refresh();
          })
        }
      >
        Send reply
      </button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
