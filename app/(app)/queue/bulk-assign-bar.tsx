"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { assignRequestsAction } from "@/app/actions/requests/assign-requests-action";
import { AssignToSelect } from "@/app/components/assign-to-select";

export type BulkAssign = {
  canAssignOthers: boolean;
  /** May record decisions: the selection can be decided as recommended in one go. */
  canDecide: boolean;
  staff: { id: string; name: string }[];
};

const DONE: Record<"claim" | "release" | "assign", string> = {
  claim: "Claimed",
  release: "Released",
  assign: "Assigned",
};

/** Acts on the selected rows: claim, release, or (managers) assign to someone. All or nothing. */
export function BulkAssignBar({
  selected,
  bulk,
  onDone,
}: {
  selected: string[];
  bulk: BulkAssign;
  onDone: () => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = (mode: "claim" | "release" | "assign", assigneeId?: string) =>
    start(async () => {
      const res = await assignRequestsAction({ requestIds: selected, mode, assigneeId });
      if (res.ok) {
        setMessage({
          ok: true,
          text: `${DONE[mode]} ${res.data.changed} of ${selected.length} selected ${selected.length === 1 ? "request" : "requests"}.`,
        });
        onDone();
        router.refresh();
      } else {
        setMessage({ ok: false, text: res.message });
      }
    });
  if (selected.length === 0) {
    return message?.ok ? (
      <p role="status" className="text-sm text-slate-600">
        {message.text}
      </p>
    ) : null;
  }
  return (
    <div
      className="flex flex-wrap items-center gap-2 rounded-md bg-indigo-50 px-3 py-2 text-sm"
      role="toolbar"
      aria-label="Selected requests"
    >
      <span className="mr-2 font-medium">{selected.length} selected</span>
      <button type="button" className="btn" disabled={pending} onClick={() => run("claim")}>
        Claim
      </button>
      <button type="button" className="btn" disabled={pending} onClick={() => run("release")}>
        Release
      </button>
      {bulk.canAssignOthers && (
        <AssignToSelect
          label="Assign selected to"
          staff={bulk.staff}
          disabled={pending}
          onPick={(id) => run("assign", id)}
        />
      )}
      <button
        type="button"
        className="btn"
        disabled={pending}
        onClick={() => {
          setMessage(null);
          onDone();
        }}
      >
        Clear selection
      </button>
      {message && !message.ok && (
        <span role="alert" className="text-red-700">
          {message.text}
        </span>
      )}
    </div>
  );
}
