"use client";

import type { recordDecisionAction } from "@/app/actions/requests/record-decision-action";
import { staleChanges } from "./stale-changes";

type Refused = Extract<Awaited<ReturnType<typeof recordDecisionAction>>, { ok: false }>;

/** A refused decision's message; for a stale form, what changed since it was opened. */
export function DecisionAlert({ result }: { result: Refused }) {
  return (
    <div role="alert" className="rounded bg-red-50 px-2 py-1 text-red-800">
      {result.message}
      {result.code === "STALE" && (
        <ul className="mt-1 list-disc pl-5 text-xs">
          {staleChanges(result.details).map((c, i) => (
            <li key={i}>
              {c.at.slice(0, 16).replace("T", " ")} {c.action}
              {typeof c.by === "string" ? ` by ${c.by}` : ""}
            </li>
          ))}
          <li>
            <button type="button" className="underline" onClick={() => location.reload()}>
              Reload the request
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
