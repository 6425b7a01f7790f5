"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { takeNextRequest } from "./take-next-request";
import { isTyping } from "./typing";
import { useWindowKeydown } from "./use-window-keydown";

const SHORTCUTS: [string, string][] = [
  ["n", "Take the next request (most urgent unassigned, else your own)"],
  ["j / k", "Move down / up in the queue"],
  ["Enter", "Open the selected request"],
  ["x", "Tick the selected row for the bulk bar (claim, release, assign)"],
  ["a", "Approve as recommended (on a request; then confirm)"],
  ["d", "Deny (on a request)"],
  ["i", "Request information (on a request)"],
  ["g q", "Go to the queue"],
  ["/", "Search the queue"],
  ["?", "Show or hide this help"],
];

/** Global keyboard shortcuts and their help overlay. Page-specific keys are handled by the pages. */
export function KeyboardShortcuts({ canTakeNext }: { canTakeNext: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const pendingG = useRef(false);
  useWindowKeydown("global", async (e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
    if (e.key === "?") return setOpen((o) => !o);
    if (e.key === "Escape") return setOpen(false);
    if (pendingG.current && e.key === "q") {
      pendingG.current = false;
      return router.push("/queue");
    }
    pendingG.current = e.key === "g";
    if (e.key === "/") {
      const search = document.getElementById("queue-search");
      if (search instanceof HTMLInputElement) {
        e.preventDefault();
        search.focus();
      }
    }
    if (e.key === "n" && canTakeNext) {
      e.preventDefault();
      setMessage(await takeNextRequest(router));
    }
  });
  return (
    <>
      {message && (
        <div
          role="status"
          className="fixed bottom-4 left-1/2 z-40 -translate-x-1/2 rounded-md bg-slate-900 px-4 py-2 text-sm text-white"
          onClick={() => setMessage(null)}
        >
          {message}
        </div>
      )}
      {open && (
        <div
          className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40"
          onClick={() => setOpen(false)}
        >
          <div
            role="dialog"
            aria-label="Keyboard shortcuts"
            className="card w-full max-w-md"
            onClick={(e) => e.stopPropagation()}
          >
            <h2 className="mb-3 font-semibold">Keyboard shortcuts</h2>
            <dl className="grid grid-cols-[6rem_1fr] gap-y-1.5 text-sm">
              {SHORTCUTS.map(([k, d]) => (
                <div key={k} className="contents">
                  <dt>
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
                      {k}
                    </kbd>
                  </dt>
                  <dd>{d}</dd>
                </div>
              ))}
            </dl>
            <button type="button" className="btn mt-4" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </>
  );
}
