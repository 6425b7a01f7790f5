"use client";

import { useEffect, useRef, useState } from "react";

export type RequestEvent = {
  id: string;
  ref: string;
  op: "insert" | "update";
  status: string;
  statusBefore: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  version: number;
};
export type PresenceEvent = {
  requestId: string;
  userId: string;
  name: string;
  state: "viewing" | "left";
};

/**
 * The live stream (/api/live, server-sent events): request changes and presence. The browser's
 * EventSource reconnects by itself (after an app restart too); `onReconnect` runs when it has,
 * so a page can catch up on what it missed while away.
 */
export function useLiveEvents(
  url: string,
  on: {
    request?: (e: RequestEvent) => void;
    presence?: (e: PresenceEvent) => void;
    onReconnect?: () => void;
  },
): "live" | "reconnecting" {
  const [state, setState] = useState<"live" | "reconnecting">("reconnecting");
  const handlers = useRef(on);
  useEffect(() => {
    handlers.current = on;
  });
  useEffect(() => {
    const source = new EventSource(url);
    let dropped = false;
    source.onopen = () => {
      setState("live");
      if (dropped) handlers.current.onReconnect?.();
      dropped = false;
    };
    source.onerror = () => {
      dropped = true;
      setState("reconnecting");
    };
    source.addEventListener("request", (m) =>
      handlers.current.request?.(JSON.parse((m as MessageEvent<string>).data) as RequestEvent),
    );
    source.addEventListener("presence", (m) =>
      handlers.current.presence?.(JSON.parse((m as MessageEvent<string>).data) as PresenceEvent),
    );
    return () => source.close();
  }, [url]);
  return state;
}
