"use client";

import { useState } from "react";

/**
 * Deactivating a user who holds open requests: what happens to them, chosen before the
 * deactivation goes through (the server does both in one transaction).
 */
export function HandOverChoice(p: {
  email: string;
  assigned: number;
  reviewers: { id: string; name: string }[];
  pending: boolean;
  onChoose: (choice: { mode: "release" } | { mode: "reassign"; toUserId: string }) => void;
}) {
  const [to, setTo] = useState(p.reviewers[0]?.id ?? "");
  return (
    <div role="group" aria-label={`Open requests of ${p.email}`} className="mt-1 space-y-1 text-xs">
      <p>
        Holds {p.assigned} open {p.assigned === 1 ? "request" : "requests"}. Before deactivating:
      </p>
      <button
        type="button"
        className="btn py-0.5"
        disabled={p.pending}
        onClick={() => p.onChoose({ mode: "release" })}
      >
        Release them to the queue
      </button>
      <span className="flex items-center gap-1">
        <select
          aria-label="Reassign to"
          className="input w-40 py-0.5 text-xs"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        >
          {p.reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn py-0.5"
          disabled={p.pending || !to}
          onClick={() => p.onChoose({ mode: "reassign", toUserId: to })}
        >
          Reassign them
        </button>
      </span>
    </div>
  );
}
