"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useLiveEvents } from "@/app/components/use-live-events";

/**
 * Keeps the queue current without a reload: any new request, claim, release or decision
 * re-renders the view (coalesced, at most one refresh per half second), as does coming back
 * after the stream dropped.
 */
export function LiveQueue() {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = () => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      router.refresh();
    }, 300);
  };
  const state = useLiveEvents("/api/live", { request: refresh, onReconnect: refresh });
  return (
    <span className="text-xs text-slate-700" data-testid="live-state" data-state={state}>
      {state === "live" ? "● Live" : "○ Reconnecting…"}
    </span>
  );
}
