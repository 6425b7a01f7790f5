"use client";

import { useEffect, useState } from "react";
import { useLiveEvents } from "@/app/components/use-live-events";

const STALE_MS = 45_000;
const DECIDED = ["decided", "closed", "paid", "awaiting_customer"];

/**
 * Who else has this request open ("Anna is viewing"), and what others just did to it ("Anna
 * just decided this"), from the live stream; a viewer not heard from for 45 s has gone.
 */
export function LivePresence({ requestId, meId }: { requestId: string; meId: string }) {
  const [viewers, setViewers] = useState<Map<string, { name: string; at: number }>>(new Map());
  const [news, setNews] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(t);
  }, []);
  useLiveEvents(`/api/live?request=${requestId}`, {
    presence: (e) => {
      if (e.requestId !== requestId || e.userId === meId) return;
      setViewers((v) => {
        const next = new Map(v);
        if (e.state === "left") next.delete(e.userId);
        else next.set(e.userId, { name: e.name, at: Date.now() });
        return next;
      });
    },
    request: (e) => {
      if (e.id !== requestId || e.assigneeId === meId) return;
      const who = e.assigneeName ?? "Someone";
      if (e.statusBefore && e.status !== e.statusBefore && DECIDED.includes(e.status))
        setNews(`${who} just decided this (now ${e.status.replace("_", " ")}).`);
      else if (e.assigneeId && e.statusBefore === e.status) setNews(`${who} took this request.`);
    },
  });
  const present = [...viewers.values()].filter((v) => now - v.at < STALE_MS).map((v) => v.name);
  if (!present.length && !news) return null;
  return (
    <div
      role="status"
      aria-label="Others on this request"
      className="rounded bg-sky-50 px-2 py-1 text-sm text-sky-900"
    >
      {present.length > 0 && (
        <span>
          {present.join(", ")} {present.length === 1 ? "is" : "are"} viewing.{" "}
        </span>
      )}
      {news && (
        <span>
          {news}{" "}
          <button type="button" className="underline" onClick={() => location.reload()}>
            Reload
          </button>
        </span>
      )}
    </div>
  );
}
