"use client";

import { useEffect, useEffectEvent } from "react";

/**
 * A keydown listener on the window for one part of the page (`scope`: "global", "queue",
 * "decision"), attached once and always calling the latest `onKey`. While it is attached, the
 * document element carries `data-keys-<scope>`: a key pressed before hydration does nothing, and
 * the e2e specs wait for this mark instead of pressing a key again until it takes.
 */
export function useWindowKeydown(scope: string, onKey: (e: KeyboardEvent) => void): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => handle(e);
    const root = document.documentElement;
    window.addEventListener("keydown", listener);
    root.setAttribute(`data-keys-${scope}`, "");
    return () => {
      window.removeEventListener("keydown", listener);
      root.removeAttribute(`data-keys-${scope}`);
    };
  }, [scope]);
}
